import type { z } from "zod";
import { validationMessages as m, type ValidationMessage } from "./messages";

/**
 * The CSV file import shared by every import of the portal (prospects, issue 9; reference benchmarkings,
 * issue 10): the file is checked whole first (size, UTF-8, delimiter, header), then row by row with the
 * import's own zod schema; the preview lists the good rows and, per bad row, its line, field and message.
 * Nothing is written here: the good rows are imported afterwards, in chunks.
 */

/** A refused file: nothing of it is imported. */
export interface CsvFileError {
  ok: false;
  message: ValidationMessage;
}
/** One row left out of the import: its line in the file (the header is line 1), the field and the message key. */
export interface CsvRowError<Field extends string> {
  line: number;
  field: Field | null;
  message: ValidationMessage;
}
/** A row that passed: its line, the cells as read (sent to the server, which checks them again) and the parsed row. */
export interface CsvGoodRow<Field extends string, Row> {
  line: number;
  cells: Record<Field, string>;
  row: Row;
  key: string;
}
export interface CsvPreview<Field extends string, Row> {
  ok: true;
  delimiter: "," | ";";
  /** Data rows in the file (without the header and blank lines). */
  total: number;
  rows: CsvGoodRow<Field, Row>[];
  errors: CsvRowError<Field>[];
  ignoredColumns: string[];
}

/** What one import reads: its limits, columns (German and English names), row schema and import key. */
export interface CsvFormat<Field extends string, Row> {
  maxBytes: number;
  maxRows: number;
  /** Column names per field, compared without case, spaces, `_`, `"` and `-` (see `csvColumnKey`). */
  columnAliases: Record<Field, readonly string[]>;
  requiredColumns: readonly Field[];
  /** Checks one row's cells (a missing column reads as an empty cell). */
  rowSchema: z.ZodType<Row>;
  /** The key that makes a re-import idempotent; a second row with the same key in one file is refused. */
  keyOf: (row: Row) => string;
  /** The field a duplicate row's message points at. */
  duplicateField: (row: Row) => Field | null;
}

const refuse = (message: ValidationMessage): CsvFileError => ({ ok: false, message });

/** A header cell as the column aliases compare it. */
export const csvColumnKey = (header: string) =>
  header
    .trim()
    .toLocaleLowerCase("de")
    .replace(/[\s_"-]+/g, "");

/**
 * Splits CSV text into records (RFC 4180: quoted fields with doubled quotes, line breaks inside quotes,
 * CRLF or LF); blank lines are skipped. Each record carries the line it starts on. Null when a quote is
 * never closed. Scans with `indexOf` and slices, so a 10 MB file takes milliseconds, not a string per character.
 */
export function splitCsvRecords(content: string, delimiter: string): { line: number; fields: string[] }[] | null {
  const records: { line: number; fields: string[] }[] = [];
  const length = content.length;
  let index = 0;
  let line = 1;
  while (index < length) {
    const recordLine = line;
    const fieldsOfRecord: string[] = [];
    for (;;) {
      let value: string;
      if (content[index] === '"') {
        let end = index + 1;
        let parts = "";
        for (;;) {
          const quote = content.indexOf('"', end);
          if (quote === -1) return null;
          parts += content.slice(end, quote);
          if (content[quote + 1] === '"') {
            parts += '"';
            end = quote + 2;
          } else {
            index = quote + 1;
            break;
          }
        }
        line += parts.split("\n").length - 1;
        const next = nextBreak(content, index, delimiter);
        value = parts + content.slice(index, next);
        index = next;
      } else {
        const next = nextBreak(content, index, delimiter);
        value = content.slice(index, next);
        index = next;
      }
      fieldsOfRecord.push(value);
      if (content[index] === delimiter) {
        index += 1;
        continue;
      }
      if (content[index] === "\r" && content[index + 1] === "\n") index += 2;
      else if (index < length) index += 1;
      line += 1;
      break;
    }
    if (!(fieldsOfRecord.length === 1 && fieldsOfRecord[0]?.trim() === "")) records.push({ line: recordLine, fields: fieldsOfRecord });
  }
  return records;
}

/** The index of the next delimiter or line break from `from` on (or the end). */
function nextBreak(content: string, from: number, delimiter: string): number {
  for (let index = from; index < content.length; index += 1) {
    const char = content[index];
    if (char === delimiter || char === "\n" || char === "\r") return index;
  }
  return content.length;
}

/**
 * Reads a CSV file for an import's preview: refuses the whole file when it is larger than the limit, not
 * UTF-8, empty, separated by anything but `,` or `;` (a header that fits with tab or `|` says "wrong
 * delimiter"), without a header naming the required columns, with a column twice or too many rows;
 * otherwise checks every row and returns the good rows and, per bad row, its line, field and message key.
 */
export function parseCsvFile<Field extends string, Row>(
  bytes: Uint8Array,
  format: CsvFormat<Field, Row>,
): CsvPreview<Field, Row> | CsvFileError {
  const fields = Object.keys(format.columnAliases) as Field[];
  const fieldOfColumn = (header: string): Field | null => {
    const key = csvColumnKey(header);
    return fields.find((field) => format.columnAliases[field].includes(key)) ?? null;
  };
  if (bytes.byteLength > format.maxBytes) return refuse(m.csvTooLarge);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(m.csvInvalidEncoding);
  }
  if (content.trim() === "") return refuse(m.csvEmpty);
  const headerLine = content.slice(0, content.search(/\r?\n|\r|$/));
  const fits = (delimiter: string) => {
    const names = headerLine.split(delimiter).map(fieldOfColumn);
    return format.requiredColumns.every((field) => names.includes(field));
  };
  const delimiter = fits(",") ? "," : fits(";") ? ";" : null;
  if (delimiter === null) return refuse(["\t", "|"].some(fits) ? m.csvWrongDelimiter : m.csvMissingHeader);
  const records = splitCsvRecords(content, delimiter);
  if (records === null) return refuse(m.csvUnterminatedQuote);
  const [header, ...data] = records;
  if (!header) return refuse(m.csvEmpty);
  if (data.length > format.maxRows) return refuse(m.csvTooManyRows);
  const columns = header.fields.map(fieldOfColumn);
  const mapped = columns.filter((field) => field !== null);
  if (new Set(mapped).size !== mapped.length) return refuse(m.csvDuplicateColumn);
  const ignoredColumns = header.fields.filter((_, index) => columns[index] === null).map((name) => name.trim());

  const rows: CsvGoodRow<Field, Row>[] = [];
  const errors: CsvRowError<Field>[] = [];
  const seen = new Set<string>();
  for (const record of data) {
    if (record.fields.length !== columns.length) {
      errors.push({ line: record.line, field: null, message: m.csvColumnCount });
      continue;
    }
    const cells = Object.fromEntries(fields.map((field) => [field, ""])) as Record<Field, string>;
    columns.forEach((field, index) => {
      if (field !== null) cells[field] = record.fields[index] ?? "";
    });
    const parsed = format.rowSchema.safeParse(cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0];
      errors.push({
        line: record.line,
        field: typeof field === "string" && field in format.columnAliases ? (field as Field) : null,
        message: (issue?.message ?? m.invalid) as ValidationMessage,
      });
      continue;
    }
    const key = format.keyOf(parsed.data);
    if (seen.has(key)) {
      errors.push({ line: record.line, field: format.duplicateField(parsed.data), message: m.csvDuplicateRow });
      continue;
    }
    seen.add(key);
    rows.push({ line: record.line, cells, row: parsed.data, key });
  }
  return { ok: true, delimiter, total: data.length, rows, errors, ignoredColumns };
}

import { validationMessages as m, type ValidationMessage } from "./messages";
import { prospectImportKey, type ProspectRow, prospectRow, type ProspectRowField, type ProspectRowInput } from "./prospects";

/** The largest file the prospect import takes: 10 MB (issue 9), about 50,000 rows of a register extract. */
export const PROSPECT_CSV_MAX_BYTES = 10 * 1024 * 1024;
/** The most rows one file may hold. */
export const PROSPECT_CSV_MAX_ROWS = 100_000;

/**
 * The column names the import understands, German and English, compared without case, spaces, `_` and `-`.
 * `name`, `city` and `country` are required; unknown columns are listed and left out.
 */
const columnAliases: Record<ProspectRowField, readonly string[]> = {
  externalId: ["id", "key", "importid", "externalid", "externeid", "schlüssel", "nummer"],
  name: ["name", "company", "organisation", "organization", "firma", "unternehmen"],
  city: ["city", "town", "ort", "stadt"],
  postalCode: ["postalcode", "postcode", "zip", "zipcode", "plz", "postleitzahl"],
  country: ["country", "land", "countrycode", "ländercode"],
  nace: ["nace", "nacecodes", "nacecode", "wz", "wz2008"],
  technologyTags: ["technologies", "technology", "technologytags", "technologien", "technologie"],
  employees: ["employees", "staff", "beschäftigte", "mitarbeiter", "mitarbeitende"],
  website: ["website", "web", "url", "homepage", "webseite", "internet"],
  lat: ["lat", "latitude", "breitengrad", "breite"],
  lon: ["lon", "lng", "long", "longitude", "längengrad", "länge"],
};
const requiredColumns: readonly ProspectRowField[] = ["name", "city", "country"];
const fields = Object.keys(columnAliases) as ProspectRowField[];

const columnKey = (header: string) =>
  header
    .trim()
    .toLocaleLowerCase("de")
    .replace(/[\s_"-]+/g, "");
function fieldOfColumn(header: string): ProspectRowField | null {
  const key = columnKey(header);
  return fields.find((field) => columnAliases[field].includes(key)) ?? null;
}

/** A refused file: nothing of it is imported. */
export interface CsvFileError {
  ok: false;
  message: ValidationMessage;
}
/** One row left out of the import: its line in the file (the header is line 1), the field and the message key. */
export interface CsvRowError {
  line: number;
  field: ProspectRowField | null;
  message: ValidationMessage;
}
/** A row that passed: its line, the cells as read (sent to the server, which checks them again) and the parsed row. */
export interface CsvGoodRow {
  line: number;
  cells: ProspectRowInput;
  row: ProspectRow;
  key: string;
}
export interface ProspectCsvPreview {
  ok: true;
  delimiter: "," | ";";
  /** Data rows in the file (without the header and blank lines). */
  total: number;
  rows: CsvGoodRow[];
  errors: CsvRowError[];
  ignoredColumns: string[];
}

const refuse = (message: ValidationMessage): CsvFileError => ({ ok: false, message });

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

/** The delimiter whose header names the required columns; `wrong` when another one (tab, `|`) would. */
function detectDelimiter(headerLine: string): "," | ";" | "wrong" | null {
  const names = (delimiter: string) => headerLine.split(delimiter).map(fieldOfColumn);
  const fits = (delimiter: string) => requiredColumns.every((field) => names(delimiter).includes(field));
  if (fits(",")) return ",";
  if (fits(";")) return ";";
  return ["\t", "|"].some(fits) ? "wrong" : null;
}

/**
 * Reads a prospect CSV file (issue 9) for the preview: refuses the whole file when it is larger than
 * 10 MB, not UTF-8, empty, separated by anything but `,` or `;`, or without a header naming name, city
 * and country; otherwise checks every row and returns the good rows and, per bad row, its line, field
 * and message key. Nothing is written here: the good rows are imported afterwards, in chunks.
 */
export function parseProspectCsv(bytes: Uint8Array): ProspectCsvPreview | CsvFileError {
  if (bytes.byteLength > PROSPECT_CSV_MAX_BYTES) return refuse(m.csvTooLarge);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(m.csvInvalidEncoding);
  }
  if (content.trim() === "") return refuse(m.csvEmpty);
  const headerLine = content.slice(0, content.search(/\r?\n|\r|$/));
  const delimiter = detectDelimiter(headerLine);
  if (delimiter === "wrong") return refuse(m.csvWrongDelimiter);
  if (delimiter === null) return refuse(m.csvMissingHeader);
  const records = splitCsvRecords(content, delimiter);
  if (records === null) return refuse(m.csvUnterminatedQuote);
  const [header, ...data] = records;
  if (!header) return refuse(m.csvEmpty);
  if (data.length > PROSPECT_CSV_MAX_ROWS) return refuse(m.csvTooManyRows);
  const columns = header.fields.map(fieldOfColumn);
  const mapped = columns.filter((field) => field !== null);
  if (new Set(mapped).size !== mapped.length) return refuse(m.csvDuplicateColumn);
  const ignoredColumns = header.fields.filter((_, index) => columns[index] === null).map((name) => name.trim());

  const rows: CsvGoodRow[] = [];
  const errors: CsvRowError[] = [];
  const seen = new Map<string, number>();
  for (const record of data) {
    if (record.fields.length !== columns.length) {
      errors.push({ line: record.line, field: null, message: m.csvColumnCount });
      continue;
    }
    const cells = Object.fromEntries(fields.map((field) => [field, ""])) as Record<ProspectRowField, string>;
    columns.forEach((field, index) => {
      if (field !== null) cells[field] = record.fields[index] ?? "";
    });
    const parsed = prospectRow.safeParse(cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path[0];
      errors.push({
        line: record.line,
        field: typeof field === "string" && field in columnAliases ? (field as ProspectRowField) : null,
        message: (issue?.message ?? m.invalid) as ValidationMessage,
      });
      continue;
    }
    const key = prospectImportKey(parsed.data);
    if (seen.has(key)) {
      errors.push({ line: record.line, field: parsed.data.externalId === null ? "name" : "externalId", message: m.csvDuplicateRow });
      continue;
    }
    seen.set(key, record.line);
    rows.push({ line: record.line, cells, row: parsed.data, key });
  }
  return { ok: true, delimiter, total: data.length, rows, errors, ignoredColumns };
}

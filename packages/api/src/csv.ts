/**
 * CSV for spreadsheet users (RFC 4180): comma-separated, CRLF line ends, UTF-8 with a byte order mark
 * so that Excel reads umlauts, every export's first row its header. Shared by every CSV export of the
 * portal (needs, members).
 */

export type CsvValue = string | number | boolean | Date | null | undefined;

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const CSV_BOM = "\uFEFF";

/** The response headers of a CSV download named `fileName` (ASCII; the caller picks it). */
export function csvHeaders(fileName: string): Record<string, string> {
  return {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  };
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": first character = + - @, tab
 * or carriage return) gets a leading single quote, so it is shown as text. Numbers are written as
 * numbers: a negative number is data, not a formula.
 */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cellText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return value.toISOString();
  return neutralised(value);
}

/** One field: quoted when it holds a separator, a quote or a line break; quotes doubled. */
export function csvCell(value: CsvValue): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** A whole file as one string: BOM, header, rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let text = CSV_BOM + csvLine(header);
  for (const row of rows) text += csvLine(row);
  return text;
}

/**
 * The same file as a byte stream that encodes `rowsPerChunk` records at a time, so a large export
 * starts downloading at once and never sits in memory as one string.
 */
export function csvStream(header: readonly string[], rows: Iterable<readonly CsvValue[]>, rowsPerChunk = 500): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = rows[Symbol.iterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = started ? "" : CSV_BOM + csvLine(header);
      started = true;
      for (let count = 0; count < rowsPerChunk; count += 1) {
        const next = iterator.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvLine(next.value);
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}

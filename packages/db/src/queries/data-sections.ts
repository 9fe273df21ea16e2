/**
 * One table of a data export (docs/DATA-RIGHTS.md): its file name, its columns in order (known even when it has no
 * rows, so the CSV still has its header) and its rows as plain values.
 */
export interface DataSection {
  name: string;
  columns: string[];
  rows: Record<string, unknown>[];
}

/** A section from the select shape its rows were read with, so the columns are the shape's keys. */
export function section(name: string, shape: Record<string, unknown>, rows: Record<string, unknown>[]): DataSection {
  return { name, columns: Object.keys(shape), rows };
}

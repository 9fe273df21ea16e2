import { clsx } from "clsx";
import type { ReactNode } from "react";
import { tableLinkTargets } from "./target-size";

/** One column of a `PlainTable`: its header and how a row's cell renders. */
export interface PlainTableColumn<Row> {
  /** Unique within the table (React key). */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The header is read by assistive technology only (e.g. a column of row actions). */
  headerHidden?: boolean;
  /** Further classes of this column's cells (e.g. `text-right`). */
  cellClassName?: string;
}

export interface PlainTableProps<Row> {
  /** The table's accessible name (screen readers only: the card around it shows its title). */
  caption: string;
  columns: readonly PlainTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  testId?: string;
  className?: string;
}

/**
 * A small table of all its rows, inside a card: no paging and no sorting (a `DataTable` is for lists that
 * page). The event and brokerage pages show registrations, schedules and requests in it.
 */
export function PlainTable<Row>({ caption, columns, rows, rowKey, empty, testId, className }: PlainTableProps<Row>) {
  if (rows.length === 0) return empty;
  return (
    <table className={clsx("w-full text-left text-sm", tableLinkTargets, className)} data-testid={testId}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-200">
          {columns.map((column) => (
            <th key={column.id} scope="col" className="py-2">
              {column.headerHidden ? <span className="sr-only">{column.header}</span> : column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className="border-b border-slate-100">
            {columns.map((column) => (
              <td key={column.id} className={clsx("py-2", column.cellClassName)}>
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

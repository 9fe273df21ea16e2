import { clsx } from "clsx";
import type { ComponentType, ReactNode } from "react";
import { tableLinkTargets } from "./target-size";

export type DataTableSortDirection = "asc" | "desc";

/** One column: its header, how a row's cell renders and, when the list's query can sort by it, its sort key. */
export interface DataTableColumn<Row, K extends string = string> {
  /** Unique within the table (React key). */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  sortKey?: K;
  /** The header is read by assistive technology only (e.g. a column of row actions). */
  headerHidden?: boolean;
  /** A row header (`<th scope="row">`) instead of a data cell: the column that names the row. */
  rowHeader?: boolean;
}

/** The list state a link asks for: the page (offset cursor; absent is the first page) and the sort. */
export interface DataTableParams<K extends string = string> {
  cursor?: number;
  sort?: K;
  direction?: DataTableSortDirection;
}

/** Texts the table shows, translated by the caller (the design system knows no language). */
export interface DataTableLabels {
  /** Accessible name of the pagination navigation. */
  pagination: string;
  previous: string;
  next: string;
  /** "21–40 of 95". */
  range: (from: number, to: number, total: number) => string;
}

export interface DataTableProps<Row, K extends string = string> {
  /** The table's accessible name, shown as its caption unless `captionHidden`. */
  caption: string;
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row, K>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The page shown: `cursor` is its offset, `nextCursor` null on the last page, `total` all matching rows. */
  page: { cursor: number; nextCursor: number | null; total: number; limit: number };
  /** The order the rows are in (the list's default when the URL names none). */
  sort?: { sort: K; direction: DataTableSortDirection };
  /**
   * The URL of the same list in another state: sorting and paging are links, so the state lives in the
   * URL (shareable, works without JavaScript). The builder keeps the list's other parameters (search, filters).
   */
  href: (params: DataTableParams<K>) => string;
  labels: DataTableLabels;
  /** Shown instead of the table when there are no rows. */
  empty: ReactNode;
  /** The link component (e.g. the framework's client-side link); a plain anchor by default. */
  linkComponent?: ComponentType<{ href: string; className?: string; rel?: string; children: ReactNode }>;
  bodyTestId?: string;
  rowTestId?: string;
}

const ariaSort = { asc: "ascending", desc: "descending" } as const;

/**
 * A server-renderable table of one page of a list, with sortable headers, previous/next links and an
 * empty state. Sorting by another column starts again at the first page.
 */
export function DataTable<Row, K extends string = string>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  page,
  sort,
  href,
  labels,
  empty,
  linkComponent: LinkComponent = PlainLink,
  bodyTestId,
  rowTestId,
}: DataTableProps<Row, K>) {
  const linkClass = "rounded border border-slate-300 bg-white px-3 py-1 hover:bg-slate-50";
  const keep = sort ? { sort: sort.sort, direction: sort.direction } : {};
  return (
    <div>
      {rows.length === 0 ? (
        empty
      ) : (
        <div className="overflow-x-auto">
          <table className={clsx("w-full text-left text-sm", tableLinkTargets)}>
            <caption className={clsx("mb-2 text-left text-sm font-medium text-slate-700", captionHidden && "sr-only")}>{caption}</caption>
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                {columns.map((column) => {
                  const current = column.sortKey !== undefined && sort?.sort === column.sortKey ? sort.direction : undefined;
                  return (
                    <th
                      key={column.id}
                      scope="col"
                      aria-sort={column.sortKey === undefined ? undefined : current ? ariaSort[current] : "none"}
                      className="py-2 pr-4 font-medium"
                    >
                      {column.sortKey === undefined ? (
                        <span className={column.headerHidden ? "sr-only" : undefined}>{column.header}</span>
                      ) : (
                        <LinkComponent
                          href={href({ sort: column.sortKey, direction: current === "asc" ? "desc" : "asc" })}
                          className="inline-flex items-center gap-1 hover:underline"
                        >
                          {column.header}
                          <span aria-hidden className="text-xs text-slate-500">
                            {current === "asc" ? "▲" : current === "desc" ? "▼" : "↕"}
                          </span>
                        </LinkComponent>
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid={bodyTestId}>
              {rows.map((row) => (
                <tr key={rowKey(row)} data-testid={rowTestId}>
                  {columns.map((column) =>
                    column.rowHeader ? (
                      <th key={column.id} scope="row" className="py-2 pr-4 text-left font-medium">
                        {column.cell(row)}
                      </th>
                    ) : (
                      <td key={column.id} className="py-2 pr-4">
                        {column.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > 0 || page.cursor > 0 ? (
        <nav aria-label={labels.pagination} className="mt-4 flex items-center justify-between text-sm">
          <span className="text-slate-700">
            {rows.length > 0 ? labels.range(page.cursor + 1, page.cursor + rows.length, page.total) : null}
          </span>
          <span className="flex gap-2">
            {page.cursor > 0 ? (
              <LinkComponent rel="prev" href={href({ ...keep, cursor: Math.max(0, page.cursor - page.limit) })} className={linkClass}>
                {labels.previous}
              </LinkComponent>
            ) : null}
            {page.nextCursor !== null ? (
              <LinkComponent rel="next" href={href({ ...keep, cursor: page.nextCursor })} className={linkClass}>
                {labels.next}
              </LinkComponent>
            ) : null}
          </span>
        </nav>
      ) : null}
    </div>
  );
}

function PlainLink({ href, className, rel, children }: { href: string; className?: string; rel?: string; children: ReactNode }) {
  return (
    <a href={href} className={className} rel={rel}>
      {children}
    </a>
  );
}

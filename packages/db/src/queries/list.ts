import { type PageInput, pageInput, type SortDirection, type SortParams } from "@clusterwerk/validators";
import { type AnyColumn, asc, desc, ilike, or, type SQL } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import type { Database } from "../client";

/** One page of a list: its rows, the cursor of the next page (null on the last) and the number of all matching rows. */
export interface Page<T> {
  items: T[];
  nextCursor: number | null;
  total: number;
}

/**
 * The ILIKE pattern "contains `term`": the term's own `%`, `_` and `\` match literally (PostgreSQL's
 * default LIKE escape character is the backslash), so a search for `100%` does not match everything.
 */
export function searchPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Rows where any of `columns` contains the search term, ignoring case; no condition for a blank or missing term. */
export function searchCondition(term: string | undefined, columns: readonly (AnyColumn | SQL)[]): SQL | undefined {
  const trimmed = term?.trim();
  if (!trimmed) return undefined;
  const pattern = searchPattern(trimmed);
  return or(...columns.map((column) => ilike(column, pattern)));
}

/** How a list may be ordered: its sortable columns by key (the allow-list the procedure validates), default and tiebreak. */
export interface ListOrder<K extends string> {
  columns: Record<K, AnyColumn | SQL>;
  /** The order when the caller asks for none. */
  defaultSort: K;
  defaultDirection: SortDirection;
  /** A unique column appended to every order, so consecutive pages neither overlap nor skip rows. */
  tiebreak: AnyColumn;
}

/** ORDER BY for the requested sort (ascending unless asked otherwise), else the list's default order. */
export function listOrder<K extends string>(requested: SortParams<K>, order: ListOrder<K>): SQL[] {
  const key = requested.sort ?? order.defaultSort;
  const direction = requested.sort ? (requested.direction ?? "asc") : (requested.direction ?? order.defaultDirection);
  const by = direction === "desc" ? desc : asc;
  return [by(order.columns[key]), by(order.tiebreak)];
}

/**
 * One page of a list query. `query` is the list's select with its joins and `where`, made dynamic
 * (`.$dynamic()`) and not yet ordered or limited; this counts its rows and fetches one page in `orderBy`
 * order. The cursor is the offset of the page's first row.
 */
export async function listPage<TQuery extends PgSelect>(
  db: Database,
  query: TQuery,
  options: { page: PageInput; orderBy: SQL[] },
): Promise<Page<Awaited<TQuery>[number]>> {
  const { cursor, limit } = pageInput.parse(options.page);
  const offset = cursor ?? 0;
  // `as` captures the query as it is now (same FROM and WHERE, no order or limit), so the count matches the rows.
  const counted = db.$count(query.as("listed"));
  const [rows, total] = await Promise.all([
    query
      .orderBy(...options.orderBy)
      .limit(limit + 1)
      .offset(offset),
    counted,
  ]);
  const hasMore = rows.length > limit;
  return { items: hasMore ? rows.slice(0, limit) : rows, nextCursor: hasMore ? offset + limit : null, total };
}

import { DEFAULT_PAGE_SIZE, SEARCH_TERM_MAX_LENGTH, type SortDirection, sortDirections } from "@clusterwerk/validators";
import { getPathname } from "~/i18n/navigation";

/** The search parameters Next passes to a page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Rows per page of every paginated list in the portal. */
export const LIST_PAGE_SIZE = DEFAULT_PAGE_SIZE;

/** The first value of a search parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export interface ListParams<K extends string> {
  search: string;
  cursor: number;
  sort: K | undefined;
  direction: SortDirection | undefined;
}

/**
 * The list state in a URL: the search term `q` (cut to what the procedures accept), the cursor (an
 * offset; anything but a non-negative integer is the first page) and the sort, kept only when it names
 * one of the list's `sortKeys` (the procedure refuses others).
 */
export function readListParams<K extends string>(
  query: Record<string, string | string[] | undefined>,
  sortKeys: readonly K[] = [],
): ListParams<K> {
  const raw = firstParam(query.cursor);
  const parsed = raw ? Number.parseInt(raw, 10) : 0;
  const sort = firstParam(query.sort);
  const direction = firstParam(query.direction);
  return {
    search: firstParam(query.q)?.trim().slice(0, SEARCH_TERM_MAX_LENGTH) ?? "",
    cursor: Number.isFinite(parsed) && parsed >= 0 && parsed < 1_000_000 ? parsed : 0,
    sort: sortKeys.find((key) => key === sort),
    direction: sortDirections.find((value) => value === direction),
  };
}

/**
 * The `href` builder a `DataTable` needs: the list at `pathname` in `locale` with the given page and
 * sort, keeping the list's other parameters (`keep`, e.g. the search term and filters; empty ones dropped).
 */
export function listHref(locale: string, pathname: string, keep: Record<string, string | undefined>) {
  return (params: { cursor?: number; sort?: string; direction?: SortDirection }): string => {
    const query: Record<string, string> = {};
    for (const [key, value] of Object.entries(keep)) if (value) query[key] = value;
    if (params.sort) query.sort = params.sort;
    if (params.direction) query.direction = params.direction;
    if (params.cursor) query.cursor = String(params.cursor);
    return getPathname({ locale, href: { pathname, query } });
  };
}

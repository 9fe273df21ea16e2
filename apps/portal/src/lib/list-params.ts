/** The search parameters Next passes to a page. */
export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Rows per page of every paginated list in the portal. */
export const LIST_PAGE_SIZE = 20;

/** The first value of a search parameter. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The list state in a URL: the search term `q` (at most 100 characters, as the procedures accept) and
 * the cursor (an offset; anything but a non-negative integer is the first page).
 */
export function readListParams(query: Record<string, string | string[] | undefined>): { search: string; cursor: number } {
  const raw = firstParam(query.cursor);
  const parsed = raw ? Number.parseInt(raw, 10) : 0;
  return {
    search: firstParam(query.q)?.trim().slice(0, 100) ?? "",
    cursor: Number.isFinite(parsed) && parsed >= 0 && parsed < 1_000_000 ? parsed : 0,
  };
}

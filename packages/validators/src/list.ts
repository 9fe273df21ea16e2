import { z } from "zod";
import { validationMessages as m } from "./messages";
import { text } from "./text";

/** The longest search term a list accepts (characters, after trimming); forms use it as `maxLength`. */
export const SEARCH_TERM_MAX_LENGTH = 100;
/** Rows per page unless a caller asks for fewer or more, and the most a caller may ask for. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * Pagination of every list: `cursor` is the offset of the page's first row (opaque to clients, which
 * only pass back the `nextCursor` they got), `limit` the page size.
 */
export const pagination = {
  cursor: z.number(m.outOfRange).int(m.outOfRange).min(0, m.outOfRange).nullish(),
  limit: z.number(m.outOfRange).int(m.outOfRange).min(1, m.outOfRange).max(MAX_PAGE_SIZE, m.outOfRange).default(DEFAULT_PAGE_SIZE),
};
export const pageInput = z.object(pagination);
export type PageInput = z.input<typeof pageInput>;

/** An optional free-text search (control characters and invalid Unicode refused); blank means no search. */
export const searchTerm = text().trim().max(SEARCH_TERM_MAX_LENGTH, m.tooLong).optional();

export const sortDirections = ["asc", "desc"] as const;
export type SortDirection = (typeof sortDirections)[number];

/**
 * The sort parameters of a list whose columns `keys` may be sorted: anything outside this allow-list is
 * refused, so a sort key never reaches SQL unchecked. Both are optional; the query has a default order.
 */
export function sortInput<const K extends string>(keys: readonly [K, ...K[]]) {
  return {
    sort: z.enum(keys, m.invalidChoice).optional(),
    direction: z.enum(sortDirections, m.invalidChoice).optional(),
  };
}
export interface SortParams<K extends string> {
  sort?: K | undefined;
  direction?: SortDirection | undefined;
}

/** The sortable columns of each list (DataTable sort keys, procedure inputs and query orders use these). */
export const directorySortKeys = ["name", "category", "city"] as const;
export type DirectorySortKey = (typeof directorySortKeys)[number];
export const accountSortKeys = ["email", "name", "createdAt"] as const;
export type AccountSortKey = (typeof accountSortKeys)[number];
export const clusterSortKeys = ["name", "city", "country", "memberCount"] as const;
export type ClusterSortKey = (typeof clusterSortKeys)[number];
export const invitationSortKeys = ["createdAt", "email", "organisation"] as const;
export type InvitationSortKey = (typeof invitationSortKeys)[number];
export const outboxSortKeys = ["createdAt", "to"] as const;
export type OutboxSortKey = (typeof outboxSortKeys)[number];

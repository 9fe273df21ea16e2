import { z } from "zod";

/** Cursor pagination shared by every list: the cursor is the offset of the next page, opaque to clients. */
export const pageInput = z.object({
  cursor: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type PageInput = z.input<typeof pageInput>;

export interface Page<T> {
  items: T[];
  nextCursor: number | null;
  total: number;
}

/** Given `limit + 1` fetched rows, returns the page and the next cursor. */
export function toPage<T>(rows: T[], offset: number, limit: number, total: number): Page<T> {
  const hasMore = rows.length > limit;
  return { items: hasMore ? rows.slice(0, limit) : rows, nextCursor: hasMore ? offset + limit : null, total };
}

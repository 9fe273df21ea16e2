import type { NotificationKind } from "@clusterwerk/scoring/domain";
import type { PageInput } from "@clusterwerk/validators";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "../client";
import { notifications } from "../schema";
import { listPage, searchCondition } from "./list";

const n = notifications;

/** One notification for each of `userIds`, all about the same thing. */
export async function createNotifications(
  db: Database,
  params: { userIds: readonly string[]; kind: NotificationKind; subject: string; link: string },
) {
  if (params.userIds.length === 0) return;
  await db.insert(n).values(params.userIds.map((userId) => ({ userId, kind: params.kind, subject: params.subject, link: params.link })));
}

/** A person's notifications (search in their subjects), newest first. */
export function listNotifications(
  db: Database,
  params: PageInput & { userId: string; unreadOnly?: boolean | undefined; search?: string | undefined },
) {
  const query = db
    .select({ id: n.id, kind: n.kind, subject: n.subject, link: n.link, readAt: n.readAt, createdAt: n.createdAt })
    .from(n)
    .where(and(eq(n.userId, params.userId), searchCondition(params.search, [n.subject]), params.unreadOnly ? isNull(n.readAt) : undefined))
    .$dynamic();
  return listPage(db, query, { page: params, orderBy: [desc(n.createdAt), desc(n.id)] });
}

/** How many of a person's notifications are unread (the header's badge). */
export function countUnreadNotifications(db: Database, userId: string) {
  return db.$count(n, and(eq(n.userId, userId), isNull(n.readAt)));
}

/** Marks a person's notifications read: the named ones, or all; another person's are never touched. Returns how many it named. */
export async function markNotificationsRead(db: Database, params: { userId: string; ids?: readonly string[] | undefined }) {
  const rows = await db
    .update(n)
    // An already read one keeps its first read time.
    .set({ readAt: sql`coalesce(${n.readAt}, now())` })
    .where(and(eq(n.userId, params.userId), params.ids ? inArray(n.id, [...params.ids]) : isNull(n.readAt)))
    .returning({ id: n.id });
  return rows.length;
}

import { count, desc } from "drizzle-orm";
import type { Database } from "../client";
import { mailOutbox } from "../schema";
import { type PageInput, pageInput, toPage } from "./pagination";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail(db: Database, mail: OutgoingMail, sentAt: Date | null = null): Promise<void> {
  await db.insert(mailOutbox).values({ ...mail, sentAt });
}

/** Newest first, for the admin outbox page. */
export async function listOutbox(db: Database, page: PageInput) {
  const { cursor, limit } = pageInput.parse(page);
  const offset = cursor ?? 0;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(mailOutbox)
      .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
      .limit(limit + 1)
      .offset(offset),
    db.select({ n: count() }).from(mailOutbox),
  ]);
  return toPage(rows, offset, limit, total?.n ?? 0);
}

import type { OutboxSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import type { Database } from "../client";
import { mailOutbox } from "../schema";
import { listOrder, listPage } from "./list";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export async function enqueueMail(db: Database, mail: OutgoingMail, sentAt: Date | null = null): Promise<void> {
  await db.insert(mailOutbox).values({ ...mail, sentAt });
}

/** The admin outbox page: newest first unless sorted otherwise. */
export async function listOutbox(db: Database, params: PageInput & SortParams<OutboxSortKey>) {
  return listPage(db, db.select().from(mailOutbox).$dynamic(), {
    page: params,
    orderBy: listOrder(params, {
      columns: { createdAt: mailOutbox.createdAt, to: mailOutbox.to },
      defaultSort: "createdAt",
      defaultDirection: "desc",
      tiebreak: mailOutbox.id,
    }),
  });
}

import { outboxText } from "@clusterwerk/auth/mail";
import { listClusters, listOutbox, listUsers } from "@clusterwerk/db";
import { accountSortKeys, clusterSortKeys, outboxSortKeys, pagination, searchTerm, sortInput } from "@clusterwerk/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  /**
   * Admins: mails waiting in (or copied to) the outbox, newest first; their links hidden outside the
   * development server (they carry other people's reset and invitation tokens).
   */
  outbox: adminProcedure.input(z.object({ ...pagination, ...sortInput(outboxSortKeys) })).query(async ({ ctx, input }) => {
    const page = await listOutbox(ctx.db, input);
    return { ...page, items: page.items.map((mail) => ({ ...mail, text: outboxText(mail.text) })) };
  }),
  /** Admins: all accounts. */
  users: adminProcedure
    .input(z.object({ search: searchTerm, ...pagination, ...sortInput(accountSortKeys) }))
    .query(({ ctx, input }) => listUsers(ctx.db, input)),
  /** Admins: all clusters. */
  clusters: adminProcedure
    .input(z.object({ search: searchTerm, ...pagination, ...sortInput(clusterSortKeys) }))
    .query(({ ctx, input }) => listClusters(ctx.db, input)),
});

import { listClusters, listOutbox, listUsers } from "@clusterwerk/db";
import { accountSortKeys, clusterSortKeys, outboxSortKeys, pagination, searchTerm, sortInput } from "@clusterwerk/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

export const adminRouter = createTRPCRouter({
  /** Admins: mails waiting in (or copied to) the outbox, newest first. */
  outbox: adminProcedure
    .input(z.object({ ...pagination, ...sortInput(outboxSortKeys) }))
    .query(({ ctx, input }) => listOutbox(ctx.db, input)),
  /** Admins: all accounts. */
  users: adminProcedure
    .input(z.object({ search: searchTerm, ...pagination, ...sortInput(accountSortKeys) }))
    .query(({ ctx, input }) => listUsers(ctx.db, input)),
  /** Admins: all clusters. */
  clusters: adminProcedure
    .input(z.object({ search: searchTerm, ...pagination, ...sortInput(clusterSortKeys) }))
    .query(({ ctx, input }) => listClusters(ctx.db, input)),
});

import { listClusters, listOutbox, listUsers } from "@clusterwerk/db";
import { pagination } from "@clusterwerk/validators";
import { z } from "zod";
import { adminProcedure, createTRPCRouter } from "../trpc";

const listInput = z.object({ search: z.string().trim().max(100, "tooLong").optional(), ...pagination });

export const adminRouter = createTRPCRouter({
  /** Admins: mails waiting in (or copied to) the outbox, newest first. */
  outbox: adminProcedure.input(z.object(pagination)).query(({ ctx, input }) => listOutbox(ctx.db, input)),
  /** Admins: all accounts. */
  users: adminProcedure.input(listInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
  /** Admins: all clusters. */
  clusters: adminProcedure.input(listInput).query(({ ctx, input }) => listClusters(ctx.db, input)),
});

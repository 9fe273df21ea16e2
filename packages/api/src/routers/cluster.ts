import { getPublicClusterProfile, listClusters, listDirectory } from "@clusterwerk/db";
import { memberCategories } from "@clusterwerk/scoring/domain";
import { pagination } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterInsiderProcedure, createTRPCRouter, publicProcedure } from "../trpc";

export const clusterRouter = createTRPCRouter({
  /** Anyone: the public profile of a cluster. */
  profile: publicProcedure.input(z.object({ slug: z.string().trim().min(1).max(80) })).query(async ({ ctx, input }) => {
    const profile = await getPublicClusterProfile(ctx.db, input.slug);
    if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: "Cluster not found." });
    return profile;
  }),

  /** Anyone: the list of clusters on the platform (public records only). */
  list: publicProcedure
    .input(z.object({ search: z.string().trim().max(100).optional(), ...pagination }))
    .query(({ ctx, input }) => listClusters(ctx.db, input)),

  /** Members and managers of the cluster: its member directory (consented organisations only). */
  directory: clusterInsiderProcedure
    .input(
      z.object({ search: z.string().trim().max(100, "tooLong").optional(), category: z.enum(memberCategories).optional(), ...pagination }),
    )
    .query(({ ctx, input }) => listDirectory(ctx.db, { ...input, clusterId: ctx.clusterId })),
});

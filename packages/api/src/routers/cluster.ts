import { findClusterById, getPublicClusterProfile, listClusters, listDirectory } from "@clusterwerk/db";
import { memberCategories } from "@clusterwerk/scoring/domain";
import {
  clusterSortKeys,
  directorySortKeys,
  errorMessages,
  validationMessages as m,
  pagination,
  searchTerm,
  sortInput,
  text,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { clusterInsiderProcedure, createTRPCRouter, managerProcedure, publicProcedure } from "../trpc";
import { clusterOverviewProcedure } from "./cluster-overview";

export const clusterRouter = createTRPCRouter({
  /** Anyone: the public profile of a cluster. */
  profile: publicProcedure.input(z.object({ slug: text().trim().min(1, m.required).max(80, m.tooLong) })).query(async ({ ctx, input }) => {
    const profile = await getPublicClusterProfile(ctx.db, input.slug);
    if (!profile) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.clusterNotFound });
    return profile;
  }),

  /** Anyone: the list of clusters on the platform (public records only). */
  list: publicProcedure
    .input(z.object({ search: searchTerm, ...pagination, ...sortInput(clusterSortKeys) }))
    .query(({ ctx, input }) => listClusters(ctx.db, input)),

  /**
   * Members and managers of the cluster: the cluster as its members' pages show it. The pages' layout
   * calls this before anything streams, so a refused cluster answers 403 and another tenant's 404.
   */
  memberArea: clusterInsiderProcedure.query(async ({ ctx }) => clusterHeading(await findClusterById(ctx.db, ctx.clusterId))),

  /** Managers of the cluster: the cluster as its management pages show it (their layout's check, as `memberArea`). */
  managerArea: managerProcedure.query(async ({ ctx }) => clusterHeading(await findClusterById(ctx.db, ctx.clusterId))),

  /** Managers of the cluster: the cockpit's figures (members and trend, reach, penetration, needs and coverage, next events). */
  overview: clusterOverviewProcedure,

  /** Members and managers of the cluster: its member directory (consented organisations only). */
  directory: clusterInsiderProcedure
    .input(
      z.object({
        search: searchTerm,
        category: z.enum(memberCategories, "invalidChoice").optional(),
        ...pagination,
        ...sortInput(directorySortKeys),
      }),
    )
    .query(({ ctx, input }) => listDirectory(ctx.db, { ...input, clusterId: ctx.clusterId })),
});

function clusterHeading(cluster: { id: string; slug: string; name: string } | null) {
  if (!cluster) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.clusterNotFound });
  return { id: cluster.id, slug: cluster.slug, name: cluster.name };
}

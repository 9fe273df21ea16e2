import {
  findClusterById,
  listClusterPartnerships,
  listPartnershipCandidates,
  partnershipInvitee,
  proposePartnership,
  respondToPartnership,
  setOpenMatchmaking,
} from "@clusterwerk/db";
import { errorMessages, id } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure, notFound } from "../trpc";

/** Partnerships between clusters and open matchmaking: who may see whose cooperation profiles (DOMAIN.md §5.2). */
export const clusterPartnershipRouter = createTRPCRouter({
  /** Managers of the cluster: its partnerships (either direction), the clusters it may propose to, and its open-matchmaking flag. */
  overview: managerProcedure.query(async ({ ctx }) => {
    const [partnerships, candidates, cluster] = await Promise.all([
      listClusterPartnerships(ctx.db, ctx.clusterId),
      listPartnershipCandidates(ctx.db, ctx.clusterId),
      findClusterById(ctx.db, ctx.clusterId),
    ]);
    return { partnerships, candidates, openMatchmaking: cluster?.openMatchmaking ?? false };
  }),

  /** Managers of the cluster: propose a partnership to another cluster (not itself, not twice while proposed or active). */
  propose: managerProcedure.input(z.object({ partnerClusterId: id })).mutation(async ({ ctx, input }) => {
    if (input.partnerClusterId === ctx.clusterId)
      throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.partnershipWithItself });
    if (!(await findClusterById(ctx.db, input.partnerClusterId))) throw notFound(errorMessages.clusterNotFound);
    const partnershipId = await proposePartnership(ctx.db, { proposerClusterId: ctx.clusterId, partnerClusterId: input.partnerClusterId });
    if (!partnershipId) throw new TRPCError({ code: "CONFLICT", message: errorMessages.partnershipExists });
    return { id: partnershipId };
  }),

  /** Managers of the cluster a partnership was proposed to: accept or decline it (the proposer cannot answer its own). */
  respond: managerOfRecordProcedure("partnershipId", partnershipInvitee)
    .input(z.object({ accept: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const done = await respondToPartnership(ctx.db, {
        partnershipId: input.partnershipId,
        clusterId: ctx.clusterId,
        accept: input.accept,
      });
      if (!done) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.partnershipNotProposed });
      return { id: input.partnershipId };
    }),

  /** Managers of the cluster: opt into open matchmaking (see all-clusters profiles of every cluster) or out of it. */
  setOpenMatchmaking: managerProcedure.input(z.object({ open: z.boolean() })).mutation(async ({ ctx, input }) => {
    await setOpenMatchmaking(ctx.db, { clusterId: ctx.clusterId, open: input.open });
    return { open: input.open };
  }),
});

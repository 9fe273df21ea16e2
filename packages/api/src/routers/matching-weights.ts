import { findClusterMatchWeights, publishedProfilesOfCluster, recordAudit, saveClusterMatchWeights } from "@clusterwerk/db";
import { defaultFactorWeights, type FactorWeights } from "@clusterwerk/scoring/matching";
import { id, matchWeightsFields, sameWeights } from "@clusterwerk/validators";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { matchIndexCache } from "../cooperation/match-index-cache";
import { compareRankings } from "../cooperation/rank-movement";
import { clusterWeights, visibleRanking } from "../cooperation/ranked-matches";
import { createTRPCRouter, managerProcedure, notFound } from "../trpc";

/** How many places the preview compares: the top 10 a member sees first (issue 11). */
const PREVIEW_LIMIT = 10;

/** The six weights of a validated input (the procedure's input also carries the cluster and, for the preview, the profile). */
function weightsOf(input: FactorWeights): FactorWeights {
  return {
    topic: input.topic,
    text: input.text,
    partnership: input.partnership,
    geography: input.geography,
    actors: input.actors,
    reciprocity: input.reciprocity,
  };
}

/** A cluster's ranking weights (DOMAIN.md §5.3): read, preview against the saved ones, save. */
export const matchingWeightsRouter = createTRPCRouter({
  /** Managers of the cluster: its weights (its own, or the defaults), the defaults, and its published profiles to preview with. */
  get: managerProcedure.query(async ({ ctx }) => {
    const [own, profiles] = await Promise.all([
      findClusterMatchWeights(ctx.db, ctx.clusterId),
      publishedProfilesOfCluster(ctx.db, { clusterId: ctx.clusterId, asOf: calendarDayOf(new Date()) }),
    ]);
    return {
      weights: own ?? defaultFactorWeights,
      custom: own !== null,
      defaults: defaultFactorWeights,
      profiles: profiles.map(({ id: profileId, title, organisationName }) => ({ id: profileId, title, organisationName })),
    };
  }),

  /**
   * Managers of the cluster: for one of its published profiles, the top 10 its owner sees under the saved weights
   * and under the proposed ones, with each profile's move — computed by the engine, nothing saved. Another
   * cluster's profile, a draft or an expired one is NOT_FOUND.
   */
  preview: managerProcedure
    .input(z.object({ profileId: id }))
    .input(matchWeightsFields)
    .query(async ({ ctx, input }) => {
      const asOf = calendarDayOf(new Date());
      const [profile] = await publishedProfilesOfCluster(ctx.db, { clusterId: ctx.clusterId, asOf, profileId: input.profileId });
      if (!profile) throw notFound();
      const viewer = { clusterId: ctx.clusterId, organisationId: profile.organisationId };
      const [built, saved] = await Promise.all([
        matchIndexCache.indexFor(ctx.db, { asOf, profileId: profile.id, profileUpdatedAt: profile.updatedAt }),
        clusterWeights(ctx.db, ctx.clusterId),
      ]);
      const rank = (weights: FactorWeights) =>
        visibleRanking(ctx.db, { built, profileId: profile.id, viewer, asOf, weights, limit: PREVIEW_LIMIT });
      const [current, proposed] = await Promise.all([rank(saved), rank(weightsOf(input))]);
      return compareRankings(current.matches, proposed.matches);
    }),

  /**
   * Managers of the cluster: save its weights (each in [0, 1], sum 1), audited. Weights equal to the defaults
   * store none, so the cluster follows the defaults. Members' next match request ranks with them.
   */
  save: managerProcedure.input(matchWeightsFields).mutation(async ({ ctx, input }) => {
    const weights = weightsOf(input);
    const stored = sameWeights(weights, defaultFactorWeights) ? null : weights;
    const previous = await findClusterMatchWeights(ctx.db, ctx.clusterId);
    await saveClusterMatchWeights(ctx.db, { clusterId: ctx.clusterId, weights: stored, updatedBy: ctx.userId });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "match-weights.saved",
      entity: "cluster",
      entityId: ctx.clusterId,
      clusterId: ctx.clusterId,
      details: { previous, saved: stored },
    });
    return { weights, custom: stored !== null };
  }),
});

import { findProfileFor, interestsBetween, matchableAmong } from "@clusterwerk/db";
import { explainPair, factorNames, type FactorValues, type PairEvaluation, toMatchEntry } from "@clusterwerk/scoring/matching";
import { id } from "@clusterwerk/validators";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { matchIndexCache } from "../cooperation/match-index-cache";
import { clusterWeights, ownMatchableProfile, visibleRanking } from "../cooperation/ranked-matches";
import { createTRPCRouter, memberInClusterProcedure, notFound } from "../trpc";

const MATCH_LIMIT_MAX = 50;

/** Points each factor adds to the score: 100 × type weight × weight × factor, one decimal (the factor bars). */
function contributions(evaluation: PairEvaluation, weights: FactorValues): FactorValues {
  return Object.fromEntries(
    factorNames.map((name) => [name, Math.round(1000 * evaluation.typeWeight * weights[name] * evaluation.factors[name]) / 10]),
  ) as FactorValues;
}

/** Ranked matches and "why not" for a member's own profiles (DOMAIN.md §5.2–5.3) over the instance's match index. */
export const matchmakingRouter = createTRPCRouter({
  /**
   * Contact persons of the organisation acting in the cluster: the ranked matches of one of its profiles with
   * their explanation, only among profiles the visibility query admits (own and partner clusters, §5.2), ranked
   * with the weights of the profile's cluster (§5.3), each with the interest either side expressed (§5.4).
   */
  matches: memberInClusterProcedure
    .input(z.object({ profileId: id, limit: z.number().int().min(1).max(MATCH_LIMIT_MAX).default(10) }))
    .query(async ({ ctx, input }) => {
      const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
      const asOf = calendarDayOf(new Date());
      const { profile, blocked } = await ownMatchableProfile(ctx.db, viewer, input.profileId, asOf);
      if (blocked) return { blocked, matches: [], builtAt: null };
      const [built, weights] = await Promise.all([
        matchIndexCache.indexFor(ctx.db, { asOf, profileId: profile.id, profileUpdatedAt: profile.updatedAt }),
        clusterWeights(ctx.db, profile.clusterId),
      ]);
      const { labels } = built;
      const { query, matches } = await visibleRanking(ctx.db, { built, profileId: profile.id, viewer, asOf, weights, limit: input.limit });
      const interests = await interestsBetween(ctx.db, { profileId: profile.id, otherIds: matches.map((match) => match.row.id) });
      const entries = query
        ? matches.map(({ evaluation, row }) => {
            const entry = toMatchEntry(query, evaluation);
            const matchedTags = entry.matchedTags.map((code) => ({ code, label: labels.get(code) ?? { de: code, en: code } }));
            const interest = { sent: interests.sent.has(row.id), received: interests.received.has(row.id) };
            return { ...entry, ...row, matchedTags, contributions: contributions(evaluation, query.weights), interest };
          })
        : [];
      return { blocked: null, matches: entries, builtAt: built.builtAt };
    }),

  /**
   * Contact persons of the organisation acting in the cluster: why one of its profiles is (not) matched with a
   * profile it may see — the first exclusion reason, or each factor's points under its cluster's weights. A
   * profile it may not see is NOT_FOUND, so a non-partner cluster's profile never shows (§5.2).
   */
  whyNot: memberInClusterProcedure.input(z.object({ profileId: id, candidateId: id })).query(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const asOf = calendarDayOf(new Date());
    const { profile, blocked } = await ownMatchableProfile(ctx.db, viewer, input.profileId, asOf);
    const [candidate] = await matchableAmong(ctx.db, { profileIds: [input.candidateId], viewer, asOf });
    if (!candidate) {
      const own = await findProfileFor(ctx.db, { profileId: input.candidateId, viewer, asOf });
      if (own) return { candidate: own, explanation: { eligible: false as const, reason: "same-org" as const } };
      throw notFound();
    }
    if (blocked) return { candidate, explanation: { eligible: false as const, reason: `requester-${blocked}` as const } };
    const [built, weights] = await Promise.all([
      matchIndexCache.indexFor(ctx.db, { asOf, profileId: profile.id, profileUpdatedAt: profile.updatedAt }),
      clusterWeights(ctx.db, profile.clusterId),
    ]);
    return { candidate, explanation: explainPair(profile.id, candidate.id, built.index.corpus, { asOf, weights }) };
  }),
});

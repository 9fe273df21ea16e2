import { type Database, findOwnProfile, findProfileFor, matchableAmong, type MatchViewer } from "@clusterwerk/db";
import {
  createMatchQuery,
  explainPair,
  factorNames,
  type FactorValues,
  findMatchesIndexed,
  type PairEvaluation,
  toMatchEntry,
} from "@clusterwerk/scoring/matching";
import { id } from "@clusterwerk/validators";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { matchIndexCache } from "../cooperation/match-index-cache";
import { createTRPCRouter, memberInClusterProcedure, notFound } from "../trpc";

const MATCH_LIMIT_MAX = 50;
// The engine ranks by what it was built from; the visibility query may still drop a few (a change since the
// build), so it is asked for a few more than are shown.
const VISIBILITY_SLACK = 10;

/** Points each factor adds to the score: 100 × type weight × weight × factor, one decimal (the factor bars). */
function contributions(evaluation: PairEvaluation, weights: FactorValues): FactorValues {
  return Object.fromEntries(
    factorNames.map((name) => [name, Math.round(1000 * evaluation.typeWeight * weights[name] * evaluation.factors[name]) / 10]),
  ) as FactorValues;
}

/** The caller's own profile, if it can be matched today: published and not expired (DOMAIN.md §5.1). */
async function ownMatchableProfile(db: Database, viewer: MatchViewer, profileId: string, asOf: string) {
  const found = await findOwnProfile(db, { profileId, viewer });
  if (!found) throw notFound();
  const blocked = found.status !== "published" ? found.status : found.validUntil < asOf ? "expired" : null;
  return { profile: found, blocked };
}

/** Ranked matches and "why not" for a member's own profiles (DOMAIN.md §5.2–5.3) over the instance's match index. */
export const matchmakingRouter = createTRPCRouter({
  /**
   * Contact persons of the organisation acting in the cluster: the ranked matches of one of its profiles with
   * their explanation, only among profiles the visibility query admits (own and partner clusters, §5.2).
   */
  matches: memberInClusterProcedure
    .input(z.object({ profileId: id, limit: z.number().int().min(1).max(MATCH_LIMIT_MAX).default(10) }))
    .query(async ({ ctx, input }) => {
      const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
      const asOf = calendarDayOf(new Date());
      const { profile, blocked } = await ownMatchableProfile(ctx.db, viewer, input.profileId, asOf);
      if (blocked) return { blocked, matches: [], builtAt: null };
      const built = await matchIndexCache.indexFor(ctx.db, { asOf, profileId: profile.id, profileUpdatedAt: profile.updatedAt });
      const settings = { asOf, limit: input.limit + VISIBILITY_SLACK };
      const query = createMatchQuery(built.index.corpus, profile.id, settings);
      const ranked = query ? findMatchesIndexed(built.index, profile.id, settings) : [];
      const rows = await matchableAmong(ctx.db, { profileIds: ranked.map((evaluation) => evaluation.candidate.id), viewer, asOf });
      const { labels } = built;
      const visible = new Map(rows.map((row) => [row.id, row]));
      const matches = query
        ? ranked.flatMap((evaluation) => {
            const row = visible.get(evaluation.candidate.id);
            if (!row) return [];
            const entry = toMatchEntry(query, evaluation);
            const matchedTags = entry.matchedTags.map((code) => ({ code, label: labels.get(code) ?? { de: code, en: code } }));
            return [{ ...entry, ...row, matchedTags, contributions: contributions(evaluation, query.weights) }];
          })
        : [];
      return { blocked: null, matches: matches.slice(0, input.limit), builtAt: built.builtAt };
    }),

  /**
   * Contact persons of the organisation acting in the cluster: why one of its profiles is (not) matched with a
   * profile it may see — the first exclusion reason, or each factor's points. A profile it may not see is
   * NOT_FOUND, so a non-partner cluster's profile never shows (§5.2).
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
    const built = await matchIndexCache.indexFor(ctx.db, { asOf, profileId: profile.id, profileUpdatedAt: profile.updatedAt });
    return { candidate, explanation: explainPair(profile.id, candidate.id, built.index.corpus, { asOf }) };
  }),
});

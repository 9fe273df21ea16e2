import { performance } from "node:perf_hooks";
import { calendarDayOf, termLabels, toMatchData } from "@clusterwerk/api";
import { type Database, findOwnProfile, loadMatchWorld, matchableAmong, matchWorldVersion, refreshMatchStatistics } from "@clusterwerk/db";
import {
  buildMatchIndex,
  createMatchQuery,
  findMatchesIndexed,
  type MatchIndex,
  prepareMatchCorpus,
  toMatchEntry,
} from "@clusterwerk/scoring/matching";
import type { Figure } from "./lib/figure";
import { percentile } from "./lib/timing";

/** A requester of the bench: one profile of an organisation in its cluster. */
export interface Requester {
  id: string;
  clusterId: string;
  organisationId: string;
}

/** What `matchmaking.matches` asks the engine for: the default 10 plus its visibility slack. */
const RANKED = 20;
const SHOWN = 10;

const stageNames = {
  own: "own profile query",
  mark: "freshness mark query",
  engine: "engine ranking (warm index, top 20)",
  visibility: "§5.2 visibility query over the ranked ids",
  labels: "taxonomy labels (matched tags in the reader's language)",
  explanation: "explanations (factor bars, matched tags, shared terms)",
} as const;
type Stage = keyof typeof stageNames;

async function timed<T>(samples: number[], step: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const result = await step();
  samples.push(performance.now() - start);
  return result;
}

/**
 * Each step of `matchmaking.matches` alone, as the procedure runs it, over every requester `rounds` times;
 * returns the p50 per step and the visible top 10 of each requester (ids and scores) to compare rankings.
 * `labels` null: the taxonomy is queried per request (before); else the labels read with the index (after).
 */
async function measureStages(
  db: Database,
  requesters: readonly Requester[],
  index: MatchIndex,
  labels: Awaited<ReturnType<typeof termLabels>> | null,
  rounds: number,
) {
  const asOf = calendarDayOf(new Date());
  const samples: Record<Stage, number[]> = { own: [], mark: [], engine: [], visibility: [], labels: [], explanation: [] };
  const rankings: string[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const r of requesters) {
      const viewer = { clusterId: r.clusterId, organisationId: r.organisationId };
      await timed(samples.own, () => findOwnProfile(db, { profileId: r.id, viewer }));
      await timed(samples.mark, () => matchWorldVersion(db));
      const settings = { asOf, limit: RANKED };
      const query = createMatchQuery(index.corpus, r.id, settings);
      const ranked = await timed(samples.engine, () => findMatchesIndexed(index, r.id, settings));
      const rows = await timed(samples.visibility, () =>
        matchableAmong(db, { profileIds: ranked.map((e) => e.candidate.id), viewer, asOf }),
      );
      const termsOf = await timed(samples.labels, () => labels ?? termLabels(db));
      const visible = new Set(rows.map((row) => row.id));
      const entries = await timed(samples.explanation, () =>
        query
          ? ranked
              .filter((e) => visible.has(e.candidate.id))
              .map((e) => toMatchEntry(query, e))
              .map((entry) => ({ ...entry, tags: entry.matchedTags.map((code) => termsOf.get(code)?.en) }))
          : [],
      );
      if (round === 0) rankings.push(JSON.stringify(entries.slice(0, SHOWN).map((e) => [e.profile, e.score, e.tags])));
    }
  }
  const p50 = Object.fromEntries(Object.entries(samples).map(([stage, values]) => [stage, percentile(values, 50)])) as Record<
    Stage,
    number
  >;
  return { p50, rankings };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Where a match request's time goes, before and after the speed-up on the same database and index:
 * before = tables never analysed (PGlite has no autovacuum) and the taxonomy queried per request, as the
 * portal ran until now; after = statistics refreshed (as an index rebuild does on its instance's first build and when the data drifted) and labels read with
 * the index. Also checks that both give the same visible top 10 with the same scores and labels.
 */
export async function matchStageFigures(db: Database, requesters: readonly Requester[]): Promise<Figure[]> {
  const asOf = calendarDayOf(new Date());
  const index = buildMatchIndex(prepareMatchCorpus(toMatchData(await loadMatchWorld(db, asOf))));
  const before = await measureStages(db, requesters, index, null, 1);
  await refreshMatchStatistics(db);
  const after = await measureStages(db, requesters, index, await termLabels(db), 3);
  const identical = before.rankings.length > 0 && before.rankings.every((ranking, i) => ranking === after.rankings[i]);
  const figures: Figure[] = (Object.keys(stageNames) as Stage[]).flatMap((stage) => [
    {
      name: `cooperation matches stage p50 before: ${stageNames[stage]}`,
      value: round2(before.p50[stage]),
      unit: "ms",
      target: null,
      ok: null,
    },
    {
      name: `cooperation matches stage p50 after: ${stageNames[stage]}`,
      value: round2(after.p50[stage]),
      unit: "ms",
      target: null,
      ok: null,
    },
    {
      name: `cooperation matches stage speed-up (before / after): ${stageNames[stage]}`,
      value: round2(before.p50[stage] / Math.max(after.p50[stage], 0.001)),
      unit: "×",
      target: null,
      ok: null,
    },
  ]);
  const sum = (p50: Record<Stage, number>) => Object.values(p50).reduce((total, value) => total + value, 0);
  figures.push(
    { name: "cooperation matches stages p50 summed, before", value: round2(sum(before.p50)), unit: "ms", target: null, ok: null },
    { name: "cooperation matches stages p50 summed, after", value: round2(sum(after.p50)), unit: "ms", target: null, ok: null },
    {
      name: "cooperation matches stages summed speed-up (before / after)",
      value: round2(sum(before.p50) / Math.max(sum(after.p50), 0.001)),
      unit: "×",
      target: null,
      ok: null,
    },
    {
      name: "cooperation matches rankings identical before and after (visible top 10, scores, labels, every requester)",
      value: identical ? 1 : 0,
      unit: "bool",
      target: "1",
      ok: identical,
    },
  );
  return figures;
}

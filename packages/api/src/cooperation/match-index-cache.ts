import {
  type Database,
  listTaxonomy,
  loadMatchWorld,
  matchWorldVersion,
  type MatchWorld,
  refreshMatchStatistics,
  refreshMatchWorld,
} from "@clusterwerk/db";
import { buildMatchIndexSteps, type MatchData, type MatchIndex, prepareMatchCorpusSteps, type Steps } from "@clusterwerk/scoring/matching";

/** An index built from the database as it was at `version` (read before the data), for matching on `asOf`. */
export interface BuiltIndex {
  version: string;
  asOf: string;
  index: MatchIndex;
  /** The rows it was built from: the next build re-reads only what changed since (`refreshMatchWorld`). */
  world: MatchWorld;
  /** Each indexed profile's `updatedAt` in ms: a request for a profile changed since waits for the rebuild. */
  profileVersions: ReadonlyMap<string, number>;
  /** Labels of taxonomy codes in German and English, for matched tags in the reader's language. */
  labels: TermLabels;
  builtAt: Date;
}

export type TermLabels = ReadonlyMap<string, { de: string; en: string }>;

/**
 * Labels of the codes profiles are matched on (technology tags and NACE codes), read with the index: a
 * request then needs no taxonomy query; a term added for a profile comes with that profile's rebuild.
 */
export async function termLabels(db: Database): Promise<TermLabels> {
  const kinds = ["technology-field", "technology-topic", "nace-section", "nace-division"] as const;
  const lists = await Promise.all(kinds.map((kind) => listTaxonomy(db, kind)));
  return new Map(lists.flat().map((term) => [term.code, { de: term.labelDe, en: term.labelEn }]));
}

/** The engine's organisation for an organisation in one cluster (an organisation can be a member of several, DOMAIN.md §1). */
export const engineOrganisation = (organisationId: string, clusterId: string) => `${organisationId}@${clusterId}`;

/** Database rows → the engine's match data (SCORING-CLI.md `match`); an organisation without coordinates sits at its cluster's office. */
export function toMatchData(world: MatchWorld): MatchData {
  const clusterById = new Map(world.clusters.map((cluster) => [cluster.id, cluster]));
  const organisations = new Map<string, MatchData["organisations"][number]>();
  for (const row of world.profiles) {
    const id = engineOrganisation(row.organisationId, row.clusterId);
    const office = clusterById.get(row.clusterId);
    organisations.set(id, {
      id,
      cluster: row.clusterId,
      category: row.category,
      lat: row.orgLat ?? office?.lat ?? 0,
      lon: row.orgLon ?? office?.lon ?? 0,
      consent: row.matchmaking,
    });
  }
  return {
    clusters: world.clusters,
    partnerships: world.partnerships.map((pair) => [pair.a, pair.b] as [string, string]),
    organisations: [...organisations.values()],
    profiles: world.profiles.map(engineProfile),
  };
}

type MatchProfileRow = MatchWorld["profiles"][number];
type EngineProfile = MatchData["profiles"][number];

/**
 * The engine's profile of each row, kept while the row is: `refreshMatchWorld` hands unchanged rows on as the same
 * objects, so their engine profiles stay the same objects too, and the corpus reuses their analysed text by
 * identity (`prepareMatchCorpus`'s `analysedProfiles`). Rows are never changed in place; a changed row is new.
 */
const engineProfiles = new WeakMap<MatchProfileRow, EngineProfile>();

function engineProfile(row: MatchProfileRow): EngineProfile {
  let profile = engineProfiles.get(row);
  if (!profile) {
    profile = {
      id: row.id,
      org: engineOrganisation(row.organisationId, row.clusterId),
      type: row.type,
      title: row.title,
      summary: row.summary,
      description: row.description,
      tags: row.tags,
      nace: row.nace,
      partnerships: row.partnerships,
      reach: row.crossCluster ? row.reach : "my-cluster",
      validUntil: row.validUntil,
    };
    engineProfiles.set(row, profile);
  }
  return profile;
}

/**
 * The least time from the end of one build to the start of a background rebuild that only serves
 * staleness. Issue 11 item 4 asks that "results reflect a changed profile within seconds, no request waits
 * for a full recomputation"; under steady profile writes (issue 12's load run: 2 per second) every write
 * moved the mark and each instance rebuilt back to back, ≈ 1.8 s of CPU each, and its reads queued behind.
 * 5 s rather than 2: in that load run (6 profile writes per second, two instances) the read p95 fell from
 * 750–880 ms to 410–560 ms, and others still see an edit within seconds (its owner at once).
 */
export const BACKGROUND_REBUILD_INTERVAL_MS = 5_000;

/**
 * The largest share of an instance's time background rebuilds may take: a build that took d ms is followed by
 * the next background one no sooner than d / share. On an idle machine a rebuild takes about 0.1 s at 5,000
 * profiles, so the 5 s floor applies; under issue 12's load (two portals, PostgreSQL and 50 people on 2 cores)
 * it takes 0.2–0.5 s, so others' edits show within 10–25 s instead of 5 s. Why: in that load run the requests
 * that overlapped a rebuild took 3–10 times as long as the others, and at one rebuild per 5 s they were 6–15 %
 * of all requests, so they set the p95; spaced by cost they stay near 2 % per instance.
 */
export const BACKGROUND_REBUILD_SHARE = 0.02;
/**
 * However long builds take, others see an edit within about half a minute (40 s with `BACKGROUND_REBUILD_SPREAD`;
 * a cold first build takes seconds).
 */
export const BACKGROUND_REBUILD_LONGEST_MS = 30_000;
/**
 * Each wait is longer by a random share of up to this. Instances that started together otherwise kept rebuilding
 * within the same second (their waits follow alike builds), and under issue 12's load two rebuilds at once on two
 * cores slowed every request of both instances, not only of one.
 */
export const BACKGROUND_REBUILD_SPREAD = 0.3;

/**
 * How far the number of indexed profiles may drift from the one at this instance's last ANALYZE before a
 * build refreshes the planner's statistics again. Plans turn on the order of magnitude of row counts (the
 * fault `refreshMatchStatistics` fixes was 67 rows guessed for 20,000), not on a fifth more or less, so
 * sampling six tables on every rebuild only cost time: PGlite, which never analyses on its own, gets
 * statistics on the first build and as the data grows; PostgreSQL's autovacuum keeps them in between.
 */
const STATISTICS_DRIFT = 0.2;

/**
 * One web instance's match index (docs/ARCHITECTURE.md, Matchmaking). Every request reads the database's
 * high-water mark (`matchWorldVersion`, one query) unless a rebuild is already running or scheduled; the index
 * is never trusted on process memory alone. When the mark moved, requests go on with the previous index — the caller filters every result
 * through the visibility query, so a stale index can rank late but never show what the viewer may not see —
 * and one background rebuild is scheduled, no sooner than `interval` after the last build ended and no sooner
 * than its cost allows (`BACKGROUND_REBUILD_SHARE`), so a burst of writes costs one rebuild. A request for a
 * profile that changed since (or is new) does not wait for that: it starts (or joins) a rebuild and waits for
 * it, so its owner sees their edit at once.
 * States: idle, scheduled (a timer), running (a promise); never scheduled and running at once.
 */
export class MatchIndexCache {
  private current: BuiltIndex | null = null;
  private running: Promise<BuiltIndex> | null = null;
  private scheduled: { timer: NodeJS.Timeout; start: () => void } | null = null;
  private lastFinished = 0;
  /** How long the last build took (ms): background rebuilds wait in proportion to it (`BACKGROUND_REBUILD_SHARE`). */
  private lastDuration = 0;
  /** Indexed profiles at this instance's last refresh of the planner's statistics; null before the first. */
  private profilesAtLastAnalyse: number | null = null;
  /** Builds this instance has started (tests check the coalescing with it). */
  builds = 0;

  constructor(private readonly interval = BACKGROUND_REBUILD_INTERVAL_MS) {}

  /** The index to answer a request for `profileId` (updated at `profileUpdatedAt`) on `asOf`. */
  async indexFor(db: Database, params: { asOf: string; profileId: string; profileUpdatedAt: Date }): Promise<BuiltIndex> {
    const knows = (built: BuiltIndex | null): built is BuiltIndex =>
      built !== null && built.asOf === params.asOf && built.profileVersions.get(params.profileId) === params.profileUpdatedAt.getTime();
    // A rebuild on its way reads newer data than any mark this request could read, and the mark would only
    // schedule one: under steady writes that is most requests, and the mark is 5 aggregates over 4 tables
    // (about 19 ms of PostgreSQL's time at 10,000 organisations).
    if (knows(this.current) && (this.running || this.scheduled)) return this.current;
    const version = await matchWorldVersion(db);
    const current = this.current;
    if (current && current.version === version && current.asOf === params.asOf) return current;
    if (knows(current)) {
      this.refreshSoon(db, params.asOf);
      return current;
    }
    const built = await this.rebuild(db, params.asOf);
    // A rebuild that was already running may have read the data before this profile's change: one more.
    return knows(built) ? built : this.rebuild(db, params.asOf);
  }

  /** Resolves once no rebuild is running or scheduled, starting a scheduled one at once (tests and the bench wait for freshness with it). */
  async settled(): Promise<void> {
    while (this.running || this.scheduled) {
      this.scheduled?.start();
      await this.running;
    }
  }

  /** Schedules a background rebuild unless one is running or scheduled (that one, or the next request, picks the change up). */
  private refreshSoon(db: Database, asOf: string): void {
    if (this.running || this.scheduled) return;
    const start = () => void this.rebuild(db, asOf).catch((error: unknown) => console.error("match index rebuild failed", error));
    const wait =
      Math.max(this.interval, Math.min(this.lastDuration / BACKGROUND_REBUILD_SHARE, BACKGROUND_REBUILD_LONGEST_MS)) *
      (1 + Math.random() * BACKGROUND_REBUILD_SPREAD);
    const timer = setTimeout(start, Math.max(0, this.lastFinished + wait - Date.now()));
    // A pending refresh is no reason to keep a script or test process alive.
    timer.unref();
    this.scheduled = { timer, start };
  }

  /** Starts a build now, or joins the running one; a scheduled one is dropped, as this build reads newer data. */
  private rebuild(db: Database, asOf: string): Promise<BuiltIndex> {
    if (this.scheduled) clearTimeout(this.scheduled.timer);
    this.scheduled = null;
    const started = Date.now();
    this.running ??= this.build(db, asOf)
      .then((built) => {
        if (!this.current || this.current.version !== built.version || this.current.asOf !== asOf) this.current = built;
        return built;
      })
      .finally(() => {
        this.running = null;
        this.lastFinished = Date.now();
        this.lastDuration = this.lastFinished - started;
      });
    return this.running;
  }

  /**
   * Reads the high-water mark first, then the data, so a change made in between shows as a newer mark and
   * rebuilds again; re-reads only changed profiles and analyses only changed texts; refreshes the planner's
   * statistics when the data drifted (`STATISTICS_DRIFT`).
   */
  private async build(db: Database, asOf: string): Promise<BuiltIndex> {
    this.builds += 1;
    const version = await matchWorldVersion(db);
    // Also across a change of day: the first request of a day then waits for a refresh, not for a new instance's build.
    const previous = this.current?.world;
    const [world, labels] = await Promise.all([
      previous ? refreshMatchWorld(db, asOf, previous) : loadMatchWorld(db, asOf),
      termLabels(db),
    ]);
    const profiles = world.profiles.length;
    const analysed = this.profilesAtLastAnalyse;
    if (analysed === null || Math.abs(profiles - analysed) > STATISTICS_DRIFT * analysed) {
      await refreshMatchStatistics(db);
      this.profilesAtLastAnalyse = profiles;
    }
    // Unchanged profiles keep their analysis from the current index: a rebuild analyses only edited ones.
    const data = toMatchData(world);
    const corpus = await inSlices(prepareMatchCorpusSteps(data, this.current?.index.corpus.analysedProfiles));
    const index = await inSlices(buildMatchIndexSteps(corpus));
    const profileVersions = new Map(world.profiles.map((row) => [row.id, row.updatedAt.getTime()]));
    return { version, asOf, index, world, profileVersions, labels, builtAt: new Date() };
  }
}

/**
 * The longest a build holds the event loop at a time. Under issue 12's load a whole corpus or index stage held
 * it for 100–250 ms (the event loop's largest delay in those windows), and every request that arrived meanwhile
 * on that instance waited for all of it; in slices the largest delay while building was about 100 ms.
 */
const BUILD_SLICE_MS = 4;

/**
 * Runs `steps` in slices of about `BUILD_SLICE_MS`, letting the requests that arrived meanwhile run between them
 * (`setImmediate` comes after the pending I/O callbacks).
 */
async function inSlices<T>(steps: Steps<T>): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= BUILD_SLICE_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
  }
}

/** The instance's cache, shared by its requests. */
export const matchIndexCache = new MatchIndexCache();

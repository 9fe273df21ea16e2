/**
 * What the load and fault scripts read from the environment (docs: README.md, Speed). Plain values without a
 * schema library: bench depends on no validator package for its own settings.
 */
const read = (name: string): string | undefined => process.env[name] || undefined;

export const benchEnv = {
  /** Seconds of load (load: 60, faults: 45 by default). */
  duration: (fallback: number) => Number(read("DURATION") ?? fallback),
  /**
   * Mean pause in ms of a signed-in person between two actions (THINK_MS; 1,000 by default, each pause drawn
   * evenly from half to one and a half of it). 0 makes every person fire the next request at once: a stress
   * run whose latency is the queue (50 people ÷ throughput), not what a person meets.
   */
  thinkMs: Number(read("THINK_MS") ?? 1_000),
  /**
   * Seconds the load script runs the same mix before it starts measuring (WARM_UP; 10 by default, 0 for none):
   * fresh processes answer their first requests with unoptimised code and their first match index build's
   * garbage still to collect, which a portal that has been up for a while does not. Its writes are checked too.
   */
  warmUpS: Number(read("WARM_UP") ?? 10),
  /**
   * How likely a contact person's next action is a new cooperation profile, relative to each of their four
   * other actions (PROFILE_WRITE_WEIGHT; 1 by default: all five equally likely, about 6 new profiles per
   * second in all, each one moving the match index's mark). 0.01 is about one new profile every 15 s: a
   * busy portal's rate, to see what the rebuilds cost the reads.
   */
  profileWriteWeight: Number(read("PROFILE_WRITE_WEIGHT") ?? 1),
  /**
   * Where the load script writes every request's endpoint, start (ms since the epoch) and duration as JSON
   * (LOAD_OUTCOMES; none by default): to line requests up with what the portals logged, such as index rebuilds.
   */
  outcomesFile: read("LOAD_OUTCOMES"),
  /** The two portal instances' ports. */
  loadPorts: (read("LOAD_PORTS") ?? "3511,3512").split(",").map(Number),
  /** The PostgreSQL server the scripts create their databases on. */
  serverUrl: read("DATABASE_URL") ?? "postgres://clusterwerk:clusterwerk@localhost:5432/clusterwerk",
  /** How the fault script restarts PostgreSQL. */
  restartCommand: (read("FAULT_RESTART_COMMAND") ?? "pg_ctlcluster 15 main restart").split(" "),
  /** The budgets report: its portal's port, the browser Lighthouse drives, and where Lighthouse is installed. */
  budgetsPort: Number(read("BUDGETS_PORT") ?? 3421),
  chromiumPath: read("CHROMIUM_PATH") ?? "/usr/bin/chromium",
  lighthouseDir: read("LIGHTHOUSE_DIR") ?? "/tmp/lighthouse-tool",
};

/** The environment a child process started by the scripts inherits, with `extra` on top. */
export const childEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra });

/** What bench/fault-import.ts is started with by bench/fault-kills.ts. */
export function faultImportEnv() {
  const url = read("FAULT_DATABASE_URL");
  const clusterId = read("FAULT_CLUSTER_ID");
  const userId = read("FAULT_USER_ID");
  if (!url || !clusterId || !userId) throw new Error("FAULT_DATABASE_URL, FAULT_CLUSTER_ID and FAULT_USER_ID are set by bench/faults.ts");
  return { url, clusterId, userId, rows: Number(read("FAULT_IMPORT_ROWS") ?? 10_000) };
}

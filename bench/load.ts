/**
 * The whole run in one line, from the repository root on a quiet machine with the local PostgreSQL
 * (scripts/ensure-test-deps.sh):
 *
 *   pnpm --filter @clusterwerk/portal build && pnpm --filter @clusterwerk/bench load
 *
 * Issue 12 item 4, not part of `pnpm test`: 50 signed-in people against two production portals (ports 3511
 * and 3512, LOAD_PORTS) over one PostgreSQL database with 10,000 organisations (DATABASE_URL names the server;
 * the script creates its own database `clusterwerk_load` there), for DURATION seconds (60 by default), each
 * person pausing THINK_MS between actions as people do (1 s on average; THINK_MS=0 for a stress run); prints
 * p50/p95 and throughput per endpoint and the errors, then checks that every acknowledged write is in the
 * database. The figures are those of a running portal: a WARM_UP (10 s by default) of the same mix comes first,
 * counted only for its errors and its writes. Exits 1 on errors or lost writes.
 */
import { benchEnv } from "./env";
import { type Outcome, printSummary, runLoad, summarise, writeOutcomes } from "./lib/load-runner";
import { percentile } from "./lib/timing";
import { loadAverage, printWriteCheck, setUpLoad } from "./load-scenario";
import { LOAD_WORLD } from "./load-world";

/** p95 target of the listed reads on a 2-core machine (issue 12, "Done when"). */
const READ_P95_TARGET_MS = 300;

const durationS = benchEnv.duration(60);
const load = await setUpLoad();
let failed: boolean;
try {
  console.log(
    `${load.users.length} signed-in users pausing ${benchEnv.thinkMs} ms on average between actions, ${LOAD_WORLD.organisations} organisations; running ${durationS} s (${loadAverage()})`,
  );
  const warmUp = await runLoad(load.users, benchEnv.warmUpS * 1000, benchEnv.thinkMs);
  const warmUpSummary = summarise(warmUp.outcomes, warmUp.elapsedMs);
  const warmUpP95 = percentile(
    warmUp.outcomes.map((outcome) => outcome.ms),
    95,
  ).toFixed(0);
  console.log(
    `warmed up for ${benchEnv.warmUpS} s, not measured: ${warmUpSummary.total} requests, p95 of all ${warmUpP95} ms, ${warmUpSummary.errors.size === 0 ? "no errors" : "errors below"}`,
  );
  const { outcomes, elapsedMs } = await runLoad(load.users, durationS * 1000, benchEnv.thinkMs);
  if (benchEnv.outcomesFile) writeOutcomes(benchEnv.outcomesFile, outcomes);
  console.log(`finished (${loadAverage()})`);
  const summary = summarise(outcomes, elapsedMs);
  printSummary(summary);
  for (const [error, count] of warmUpSummary.errors) console.log(`error ×${count} during the warm-up: ${error}`);
  for (const row of summary.rows.filter((row) => row.endpoint.startsWith("read"))) {
    if (row.p95 >= READ_P95_TARGET_MS) console.log(`${row.endpoint}: p95 ${row.p95} ms misses the ${READ_P95_TARGET_MS} ms target`);
  }
  const lost = await printWriteCheck(load.handle, load.acknowledged);
  failed = lost > 0 || [...warmUp.outcomes, ...outcomes].some((outcome: Outcome) => outcome.error !== null);
} finally {
  await load.stop();
}
process.exit(failed ? 1 : 0);

import { execFile } from "node:child_process";
import { performance } from "node:perf_hooks";
import { promisify } from "node:util";
import { benchEnv } from "./env";
import { printSummary, runLoad, summarise } from "./lib/load-runner";
import { loadAverage, printWriteCheck, setUpLoad } from "./load-scenario";
import { killDuringImport, killDuringSeed } from "./fault-kills";

/**
 * `pnpm --filter @clusterwerk/bench faults` (issue 12 item 5, not part of `pnpm test`): PostgreSQL is
 * restarted a third into a load run (FAULT_RESTART_COMMAND, `pg_ctlcluster 15 main restart` by default;
 * DURATION seconds, 45 by default) — the portals must keep running, fail requests during the outage quickly
 * with 503 `databaseUnavailable`, recover by themselves and lose no acknowledged write. Then a prospect
 * import and a seed are killed midway: no half-written chunk or seed may remain, and a rerun completes them.
 *
 * The restart disturbs everyone else on that server; on a shared machine run it against a PostgreSQL of its own
 * (same binaries, another port), e.g. one initialised with `initdb -D /tmp/pg5442/data` as user postgres,
 * `port = 5442` in its postgresql.conf, and a role `clusterwerk` with CREATEDB:
 *
 *   DATABASE_URL=postgres://clusterwerk:clusterwerk@localhost:5442/clusterwerk FAULT_RESTART_COMMAND="runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D /tmp/pg5442/data -l /tmp/pg5442/log -m fast -w restart" pnpm --filter @clusterwerk/bench faults
 *
 * (`-l` matters: without a log file the restarted server keeps pg_ctl's output open and the command never ends.)
 */
const durationS = benchEnv.duration(45);
const restartCommand = benchEnv.restartCommand;
const problems: string[] = [];

const load = await setUpLoad();
try {
  console.log(`\n# PostgreSQL restart during ${durationS} s of load (${loadAverage()})`);
  let restart = { start: 0, end: 0 };
  const timer = setTimeout(
    () => {
      const start = performance.now();
      void promisify(execFile)(restartCommand[0] ?? "pg_ctlcluster", restartCommand.slice(1)).then(() => {
        restart = { start, end: performance.now() };
      });
    },
    (durationS * 1000) / 3,
  );
  const { outcomes, elapsedMs } = await runLoad(load.users, durationS * 1000, benchEnv.thinkMs);
  clearTimeout(timer);
  console.log(`finished (${loadAverage()})`);
  printSummary(summarise(outcomes, elapsedMs));
  const failed = outcomes.filter((outcome) => outcome.error !== null);
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  if (restart.end === 0) problems.push("the restart command did not finish during the run");
  console.log(`restart command took ${seconds(restart.end - restart.start)}`);
  if (failed.length > 0) {
    // When the failures were answered: a request already under way when the restart began fails too.
    const firstFailure = Math.min(...failed.map((outcome) => outcome.startedAt + outcome.ms));
    const lastFailureEnd = Math.max(...failed.map((outcome) => outcome.startedAt + outcome.ms));
    console.log(
      `failures answered from ${seconds(firstFailure - restart.start)} to ${seconds(lastFailureEnd - restart.start)} after the restart began; ` +
        `recovered ${seconds(Math.max(0, lastFailureEnd - restart.end))} after it completed; slowest failure answered in ${seconds(Math.max(...failed.map((outcome) => outcome.ms)))}`,
    );
    if (lastFailureEnd - restart.end > 10_000) problems.push("the portal took more than 10 s after the restart to recover");
  }
  const unclear = failed.filter((outcome) => !outcome.error?.startsWith("503 databaseUnavailable"));
  if (unclear.length > 0) problems.push(`${unclear.length} requests failed otherwise than with 503 databaseUnavailable`);
  const lastOk = outcomes.filter((outcome) => outcome.error === null && outcome.startedAt > restart.end);
  console.log(`after the restart: ${lastOk.length} requests answered`);
  if (lastOk.length === 0) problems.push("no request succeeded after the restart");
  if (!load.running()) problems.push("a portal process ended during the restart");
  if ((await printWriteCheck(load.handle, load.acknowledged)) > 0) problems.push("acknowledged writes are missing");
} finally {
  await load.stop();
}

problems.push(...(await killDuringImport()));
problems.push(...(await killDuringSeed()));
console.log(problems.length === 0 ? "\nfaults: all recovered, nothing lost" : `\nfaults: ${problems.join("; ")}`);
process.exit(problems.length === 0 ? 0 : 1);

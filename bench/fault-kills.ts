import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { openDatabase, schema } from "@clusterwerk/db";
import { createCluster, createUser, grantRole } from "@clusterwerk/db/testing/factories";
import { demoClusters, demoPeople, prepareDatabase } from "@clusterwerk/seed";
import { count, countDistinct, eq, inArray, sql } from "drizzle-orm";
import { childEnv } from "./env";
import { repoRoot } from "./lib/portal";
import { recreateDatabase } from "./lib/postgres";

const IMPORT_ROWS = 10_000;
const CHUNK = 500;

/** Kills a child started detached, with its whole process group, and waits until it has ended. */
async function kill(child: ChildProcess): Promise<void> {
  const ended = new Promise((resolve) => child.once("exit", resolve));
  if (child.pid) process.kill(-child.pid, "SIGKILL");
  await ended;
}

/** Runs a child to its end; fails when it exits otherwise than with 0. */
async function complete(child: ChildProcess): Promise<void> {
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) throw new Error(`the rerun exited with ${code}`);
}

/**
 * A prospect import killed (SIGKILL) a little after its third chunk: every chunk and its audit entry are one
 * transaction, so only whole chunks of 500 may be there, one audit entry each; importing the file again
 * completes it with each row once. Returns the problems found.
 */
export async function killDuringImport(): Promise<string[]> {
  console.log("\n# process killed during a prospect import");
  const url = await recreateDatabase("clusterwerk_fault_import");
  const handle = openDatabase({ kind: "postgres", url });
  const problems: string[] = [];
  try {
    await prepareDatabase(handle, { demo: false });
    const cluster = await createCluster(handle.db);
    const manager = await createUser(handle.db);
    await grantRole(handle.db, manager.id, { kind: "manager", clusterId: cluster.id });
    const start = () =>
      spawn("pnpm", ["exec", "tsx", "fault-import.ts"], {
        cwd: `${repoRoot}/bench`,
        env: childEnv({
          FAULT_DATABASE_URL: url,
          FAULT_CLUSTER_ID: cluster.id,
          FAULT_USER_ID: manager.id,
          FAULT_IMPORT_ROWS: String(IMPORT_ROWS),
        }),
        stdio: ["ignore", "pipe", "inherit"],
        detached: true,
      });
    const child = start();
    const lines = createInterface({ input: child.stdout ?? process.stdin });
    for await (const line of lines) {
      if (line === "chunk 3") break;
    }
    // The fourth chunk is under way: kill inside it, not between chunks.
    await new Promise((resolve) => setTimeout(resolve, 150));
    await kill(child);
    const state = async () => {
      const [prospects] = await handle.db
        .select({ rows: count(), keys: countDistinct(schema.prospects.importKey) })
        .from(schema.prospects)
        .where(eq(schema.prospects.clusterId, cluster.id));
      const [audits] = await handle.db.select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.action, "prospects.imported"));
      return { rows: prospects?.rows ?? 0, keys: prospects?.keys ?? 0, audits: audits?.n ?? 0 };
    };
    const killed = await state();
    console.log(`after the kill: ${killed.rows} prospects, ${killed.audits} chunk audit entries`);
    if (killed.rows % CHUNK !== 0 || killed.rows !== killed.audits * CHUNK)
      problems.push(`a half-imported chunk: ${killed.rows} rows, ${killed.audits} chunks`);
    const rerun = start();
    rerun.stdout?.resume();
    await complete(rerun);
    const resumed = await state();
    console.log(`after importing the file again: ${resumed.rows} prospects (${resumed.keys} distinct keys)`);
    if (resumed.rows !== IMPORT_ROWS || resumed.keys !== IMPORT_ROWS)
      problems.push(`the re-import left ${resumed.rows} rows, not ${IMPORT_ROWS}`);
  } finally {
    await handle.close();
  }
  return problems;
}

/**
 * `pnpm seed` with the demo killed (SIGKILL) while its transaction is writing (it holds the insert lock on
 * `clusters`): the database must hold no demo rows, and the next seed writes the whole demo. Returns the problems found.
 */
export async function killDuringSeed(): Promise<string[]> {
  console.log("\n# process killed during seeding");
  const url = await recreateDatabase("clusterwerk_fault_seed");
  const handle = openDatabase({ kind: "postgres", url });
  const problems: string[] = [];
  const start = () =>
    spawn("pnpm", ["--filter", "@clusterwerk/seed", "--silent", "seed"], {
      cwd: repoRoot,
      env: childEnv({ DATABASE_URL: url, SEED_DEMO: "1" }),
      stdio: "ignore",
      detached: true,
    });
  try {
    const child = start();
    const writing = sql`relation = to_regclass('public.clusters') and mode = 'RowExclusiveLock' and granted`;
    for (let attempt = 0; ; attempt += 1) {
      if (child.exitCode !== null || attempt > 6_000) throw new Error("the seed ended before it could be killed mid-transaction");
      const [row] = await handle.db
        .select({ n: count() })
        .from(sql`pg_locks`)
        .where(writing);
      if ((row?.n ?? 0) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await kill(child);
    const clusters = async () => {
      const [row] = await handle.db.select({ n: count() }).from(schema.clusters);
      const [users] = await handle.db.select({ n: count() }).from(schema.users);
      return { clusters: row?.n ?? 0, users: users?.n ?? 0 };
    };
    const killed = await clusters();
    console.log(`after the kill mid-transaction: ${killed.clusters} clusters, ${killed.users} users`);
    if (killed.clusters !== 0 || killed.users !== 0) problems.push("the killed seed left rows behind");
    await complete(start());
    const seeded = await clusters();
    const emails = demoPeople.map((person) => person.email);
    const [people] = await handle.db.select({ n: count() }).from(schema.users).where(inArray(schema.users.email, emails));
    console.log(
      `after seeding again: ${seeded.clusters} clusters, ${seeded.users} users (${people?.n ?? 0} of ${emails.length} demo accounts)`,
    );
    if (seeded.clusters !== demoClusters.length || people?.n !== emails.length)
      problems.push("the seed after the kill is not the whole demo");
  } finally {
    await handle.close();
  }
  return problems;
}

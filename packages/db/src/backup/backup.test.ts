import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { type Database, type DatabaseTarget, openDatabase } from "../client";
import { dbEnv } from "../env";
import { runMigrations } from "../migrate";
import { clusters } from "../schema";
import { createCluster } from "../testing/factories";
import { createEmptyServerDatabase } from "../testing/test-db";
import { backupDatabase, RestoreRefused, restoreDatabase } from "./index";

// The engine follows DATABASE_URL as in every db test: PGlite folders by default, databases on the server otherwise.
const engine = dbEnv.DATABASE_URL ? "postgres" : "pglite";
const scratch = mkdtempSync(path.join(tmpdir(), "clusterwerk-backup-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

/** An empty target of the engine under test: a new PGlite folder, or a new database on the server. */
async function emptyTarget(name: string): Promise<DatabaseTarget> {
  if (!dbEnv.DATABASE_URL) return { kind: "pglite", dir: path.join(scratch, name) };
  const empty = await createEmptyServerDatabase(dbEnv.DATABASE_URL);
  cleanups.push(empty.drop);
  return { kind: "postgres", url: empty.url };
}

/** Opens the target for one piece of work and closes it again (a PGlite folder may be open only once). */
async function using<T>(target: DatabaseTarget, work: (db: Database) => Promise<T>): Promise<T> {
  const handle = openDatabase(target);
  try {
    return await work(handle.db);
  } finally {
    await handle.close();
  }
}

const clusterNames = (target: DatabaseTarget) =>
  using(target, async (db) => (await db.select({ name: clusters.name }).from(clusters).orderBy(clusters.name)).map((row) => row.name));

describe(`backup and restore (${engine})`, () => {
  it("rows changed and deleted after a backup are back as they were after restoring it; an occupied target needs --force", async () => {
    const target = await emptyTarget("live");
    await using(target, async (db) => {
      const handle = { db, kind: target.kind, close: async () => {} };
      await runMigrations(handle);
      await createCluster(db, { name: "Cluster Alpha" });
      await createCluster(db, { name: "Cluster Beta" });
    });
    const file = path.join(scratch, "backup.bin");
    await backupDatabase(target, file);

    await using(target, async (db) => {
      await db.delete(clusters).where(eq(clusters.name, "Cluster Alpha"));
      await db.update(clusters).set({ name: "Cluster Beta renamed" }).where(eq(clusters.name, "Cluster Beta"));
      await createCluster(db, { name: "Cluster Gamma after the backup" });
    });
    const changed = ["Cluster Beta renamed", "Cluster Gamma after the backup"];
    expect(await clusterNames(target)).toEqual(changed);

    await expect(restoreDatabase(target, file, { force: false })).rejects.toBeInstanceOf(RestoreRefused);
    expect(await clusterNames(target)).toEqual(changed);

    await restoreDatabase(target, file, { force: true });
    expect(await clusterNames(target)).toEqual(["Cluster Alpha", "Cluster Beta"]);

    const fresh = await emptyTarget("fresh");
    await restoreDatabase(fresh, file, { force: false });
    expect(await clusterNames(fresh)).toEqual(["Cluster Alpha", "Cluster Beta"]);
  }, 180_000); // PGlite starts slowly on a busy machine, several times here
});

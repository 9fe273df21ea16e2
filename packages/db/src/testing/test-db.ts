import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../client";
import { dbEnv } from "../env";
import { runMigrations } from "../migrate";

/**
 * A fresh, migrated database for one test file: PGlite in memory by default, or — when DATABASE_URL
 * is set — a new database on that PostgreSQL server, dropped again on close. Tests never share state.
 */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  if (!dbEnv.DATABASE_URL) {
    const handle = openDatabase({ kind: "pglite", dir: null });
    await runMigrations(handle);
    return handle;
  }
  const serverUrl = new URL(dbEnv.DATABASE_URL);
  const name = `cw_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(serverUrl);
  testUrl.pathname = `/${name}`;
  const handle = openDatabase({ kind: "postgres", url: testUrl.toString() });
  await runMigrations(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      const dropper = new pg.Client({ connectionString: serverUrl.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

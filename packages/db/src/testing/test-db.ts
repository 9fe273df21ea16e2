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
  const empty = await createEmptyServerDatabase(dbEnv.DATABASE_URL);
  const handle = openDatabase({ kind: "postgres", url: empty.url });
  await runMigrations(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await empty.drop();
    },
  };
}

/** A new, empty database on the PostgreSQL server of `serverUrl`, and how to drop it once nobody uses it. */
export async function createEmptyServerDatabase(serverUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `cw_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      try {
        await dropTestDatabase(dropper, name);
      } finally {
        await dropper.end();
      }
    },
  };
}

/**
 * Drops a test database once nobody uses it. Our pool is closed by then, but the server's autovacuum may
 * still be working in it; `WITH (FORCE)` would have to terminate that worker, which only a superuser or
 * pg_signal_backend may (the test role is neither), so wait for it instead (SQLSTATE 55006: in use).
 */
async function dropTestDatabase(client: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP DATABASE IF EXISTS ${name}`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt === 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

import { openDatabase } from "@clusterwerk/db";
import { benchEnv } from "../env";

/** The local PostgreSQL server the helpers and CI use (scripts/ensure-test-deps.sh); DATABASE_URL overrides it. */
export const serverUrl = benchEnv.serverUrl;

/** The address of database `name` on that server. */
export function databaseUrl(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * Drops and recreates a database of the bench's own (never the configured one), through the server's
 * `postgres` maintenance database; FORCE ends sessions a crashed run left open.
 */
export async function recreateDatabase(name: string): Promise<string> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const handle = openDatabase({ kind: "postgres", url: databaseUrl("postgres") });
  try {
    await handle.db.execute(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await handle.db.execute(`CREATE DATABASE ${name}`);
  } finally {
    await handle.close();
  }
  return databaseUrl(name);
}

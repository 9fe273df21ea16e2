import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The database both drivers give us; query functions take it as their first argument. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
}

export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dir: string | null };

/** Opens PostgreSQL through a pooled `pg` client, or PGlite in a folder (null: in memory, for tests). */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if (target.kind === "postgres") {
    // A connection that cannot be made within 5 s fails the request instead of holding it until the
    // server returns; a pool connection the server ended while idle (a restart) is dropped and logged —
    // without the listener `pg` re-throws it and ends the process. The next query opens a new one.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
    pool.on("error", (error) => console.error(`database: idle connection lost (${error.message}); reconnecting on next use`));
    return { db: drizzlePg(pool, { schema, casing: "snake_case" }), kind: "postgres", close: () => pool.end() };
  }
  // PGlite does not create missing parent folders.
  if (target.dir) mkdirSync(target.dir, { recursive: true });
  const client = target.dir ? new PGlite(target.dir) : new PGlite();
  return { db: drizzlePglite(client, { schema, casing: "snake_case" }), kind: "pglite", close: () => client.close() };
}

import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { DatabaseHandle, Schema } from "./client";

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../drizzle");

/** Applies the committed migrations; already applied ones are skipped. */
export async function runMigrations(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === "postgres") {
    await migratePg(handle.db as NodePgDatabase<Schema>, { migrationsFolder });
  } else {
    await migratePglite(handle.db as PgliteDatabase<Schema>, { migrationsFolder });
  }
}

import { type DatabaseHandle, type DatabaseTarget, openDatabase } from "./client";
import { dbEnv } from "./env";

/** The configured database: PostgreSQL when DATABASE_URL is set, otherwise PGlite under PGLITE_DIR. */
export function configuredTarget(): DatabaseTarget {
  return dbEnv.DATABASE_URL ? { kind: "postgres", url: dbEnv.DATABASE_URL } : { kind: "pglite", dir: dbEnv.PGLITE_DIR };
}

const globalForDb = globalThis as unknown as { clusterwerkDb?: DatabaseHandle };

/**
 * One handle per process: PGlite has no cross-process lock and must be opened once; the pg pool is
 * shared. Kept on globalThis so Next's module reloading in development does not open it twice.
 */
export function getDatabase(): DatabaseHandle {
  globalForDb.clusterwerkDb ??= openDatabase(configuredTarget());
  return globalForDb.clusterwerkDb;
}

import type { DatabaseTarget } from "../client";
import { backupPglite, restorePglite } from "./pglite";
import { backupPostgres, restorePostgres } from "./postgres";

export { RestoreRefused } from "./refusal";

/** Writes a backup of the database to `file`: pg_dump's custom format for PostgreSQL, a data-folder tarball for PGlite. */
export async function backupDatabase(target: DatabaseTarget, file: string): Promise<void> {
  if (target.kind === "postgres") return backupPostgres(target.url, file);
  if (!target.dir) throw new Error("an in-memory database has nothing to back up");
  return backupPglite(target.dir, file);
}

/** Restores a backup of `backupDatabase` of the same engine; a target holding data is only overwritten with `force`. */
export async function restoreDatabase(target: DatabaseTarget, file: string, options: { force: boolean }): Promise<void> {
  if (target.kind === "postgres") return restorePostgres(target.url, file, options.force);
  if (!target.dir) throw new Error("an in-memory database cannot be restored into");
  return restorePglite(target.dir, file, options.force);
}

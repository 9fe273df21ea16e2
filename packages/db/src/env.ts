import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const schema = z.object({
  /** A PostgreSQL server; when absent the embedded PGlite under PGLITE_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database; e2e runs set their own so they never touch the shared one. */
  PGLITE_DIR: z
    .string()
    .min(1)
    .default(path.join(repoRoot, ".data", "pglite")),
  /** The folder `pnpm db:backup`/`db:restore` were called in (scripts/db-backup.sh); relative paths start there. */
  BACKUP_CWD: z.string().min(1).optional(),
});

export const dbEnv = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PGLITE_DIR: process.env.PGLITE_DIR || undefined,
  BACKUP_CWD: process.env.BACKUP_CWD || undefined,
});

/** The environment of a client tool the backup starts (pg_dump, psql): this process's, with `extra` on top. */
export const toolEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({ ...process.env, ...extra });

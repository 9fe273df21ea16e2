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
});

export const dbEnv = schema.parse({
  DATABASE_URL: process.env.DATABASE_URL || undefined,
  PGLITE_DIR: process.env.PGLITE_DIR || undefined,
});

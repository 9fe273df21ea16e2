// `pnpm db:backup <file>` and `pnpm db:restore <file> [--force]` (scripts/db-backup.sh): the configured
// database (DATABASE_URL, otherwise the embedded PGlite under PGLITE_DIR).
import path from "node:path";
import { configuredTarget } from "../default-database";
import { dbEnv } from "../env";
import { backupDatabase, RestoreRefused, restoreDatabase } from "./index";

const [command, fileArgument, ...flags] = process.argv.slice(2);
const unknown = flags.filter((flag) => flag !== "--force");
if ((command !== "backup" && command !== "restore") || !fileArgument || unknown.length > 0 || (command === "backup" && flags.length > 0)) {
  console.error("usage: pnpm db:backup <file> | pnpm db:restore <file> [--force]");
  process.exit(2);
}
// pnpm runs root scripts in the repository root; a relative path means the caller's folder.
const file = path.resolve(dbEnv.BACKUP_CWD ?? process.cwd(), fileArgument);
const target = configuredTarget();
const where = target.kind === "postgres" ? "PostgreSQL (DATABASE_URL)" : `PGlite (${target.dir ?? "memory"})`;
try {
  if (command === "backup") {
    await backupDatabase(target, file);
    console.log(`backed up ${where} to ${file}`);
  } else {
    await restoreDatabase(target, file, { force: flags.includes("--force") });
    console.log(`restored ${where} from ${file}`);
  }
} catch (error) {
  console.error(
    error instanceof RestoreRefused ? `refused: ${error.message}` : `failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}

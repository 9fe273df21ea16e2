/**
 * Whether `pnpm start` / `pnpm dev` put the demo (with its published password) into the database. The
 * embedded PGlite database is a local try-out and gets it; a database named by DATABASE_URL may be a
 * production server and gets it only when asked: SEED_DEMO=1 (`pnpm start --demo`). SEED_DEMO=0 keeps
 * the demo out of the embedded database too.
 */
export function wantsDemo(env: { databaseUrl: string | undefined; seedDemo: string | undefined }): boolean {
  const asked = parseSwitch(env.seedDemo);
  return asked ?? env.databaseUrl === undefined;
}

const yes = new Set(["1", "true", "yes"]);
const no = new Set(["0", "false", "no"]);

/** "1"/"true"/"yes" or "0"/"false"/"no" (any case); unset or blank is undefined; anything else is refused. */
function parseSwitch(value: string | undefined): boolean | undefined {
  const normalised = value?.trim().toLowerCase() ?? "";
  if (normalised === "") return undefined;
  if (yes.has(normalised)) return true;
  if (no.has(normalised)) return false;
  throw new Error(`SEED_DEMO must be 1 or 0, not "${value}"`);
}

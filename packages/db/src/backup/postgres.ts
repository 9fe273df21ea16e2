import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import pg from "pg";
import { toolEnv } from "../env";
import { RestoreRefused } from "./refusal";

const run = promisify(execFile);

/** The schemas the portal owns: its tables, and drizzle's record of the applied migrations. */
const PORTAL_SCHEMAS = ["public", "drizzle"] as const;

/**
 * The connection for pg_dump/pg_restore: the password goes into PGPASSWORD rather than the command line,
 * where every user of the machine could read it in the process list.
 */
function connection(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return { dbname: parsed.toString(), env: toolEnv(password ? { PGPASSWORD: password } : {}) };
}

/** pg_dump, pg_restore and psql come with PostgreSQL's client package. */
const notInstalled = (name: string) =>
  new Error(`${name} is not installed; install PostgreSQL's client tools (Debian: apt-get install postgresql-client)`);

async function pgDump(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run("pg_dump", args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") throw notInstalled("pg_dump");
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`pg_dump failed${stderr ? `: ${stderr}` : ""}`, { cause: error });
  }
}

/** A consistent snapshot of the database in pg_dump's custom format (one transaction; the portal may keep running). */
export async function backupPostgres(url: string, file: string): Promise<void> {
  const { dbname, env } = connection(url);
  await pgDump(["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${dbname}`], env);
}

/**
 * Loads a `backupPostgres` file into the database. A database holding tables is only replaced with `force`:
 * then the portal's schemas are dropped first, in the same transaction as the restore (pg_restore's SQL fed
 * to psql), so nothing of the old contents outlives it and a failed restore leaves the database as it was.
 */
export async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  if (!existsSync(file)) throw new Error(`the backup ${file} does not exist`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tables: number;
  try {
    const { rows } = await client.query<{ tables: number }>(
      "select count(*)::int as tables from pg_tables where schemaname = any($1::text[])",
      [PORTAL_SCHEMAS],
    );
    tables = rows[0]?.tables ?? 0;
  } finally {
    await client.end();
  }
  if (tables > 0 && !force) throw new RestoreRefused(`the database ${new URL(url).pathname.slice(1)}`);
  const { dbname, env } = connection(url);
  const wipe = "drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;";
  const restore = spawn("pg_restore", ["--no-owner", "--no-privileges", "--file=-", file], { env, stdio: ["ignore", "pipe", "pipe"] });
  const psql = spawn(
    "psql",
    ["--quiet", "--no-psqlrc", "--single-transaction", "--set=ON_ERROR_STOP=1", `--command=${wipe}`, "--file=-", dbname],
    {
      env,
      stdio: ["pipe", "ignore", "pipe"],
    },
  );
  restore.stdout.pipe(psql.stdin);
  await Promise.all([finished("pg_restore", restore), finished("psql", psql)]);
}

/** Resolves when a client tool exits with 0; otherwise rejects with its error output. */
function finished(name: string, child: ChildProcess): Promise<void> {
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once("error", (error: NodeJS.ErrnoException) => reject(error.code === "ENOENT" ? notInstalled(name) : error));
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${name} failed: ${stderr.trim() || `exit code ${code}`}`))));
  });
}

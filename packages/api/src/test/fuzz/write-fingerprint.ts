import { type Database } from "@clusterwerk/db";
import { type SQL, sql } from "drizzle-orm";

/** Per table: its row count and the newest row version's transaction id. */
type Fingerprint = Record<string, string>;

/** Tells which tables were written since it last looked. */
export type WriteWatch = () => Promise<string[]>;

/**
 * Watches the whole database to show that a refused call wrote nothing. First a look at the next
 * transaction id: reading assigns none, so while it stands still nothing was written and the look ends
 * there (most refused calls fail validation and end there). When it moved, a fingerprint of every table
 * of the public schema: its row count and its largest `xmin` — an insert or update stamps a row version
 * with a new, larger transaction id and a delete lowers the count, so a committed write of any kind moves
 * it while a rolled-back one does not. One statement, no hashing of rows: milliseconds on PGlite.
 */
export async function watchWrites(db: Database): Promise<WriteWatch> {
  const tables = await rowsOf<{ name: string }>(db, sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`);
  const statement = sql.raw(
    tables
      .map(
        ({ name }) => `select '${name}' as name, count(*) || ':' || coalesce(max(xmin::text::bigint), 0) as mark from "public"."${name}"`,
      )
      .join(" union all "),
  );
  const fingerprint = async (): Promise<Fingerprint> =>
    Object.fromEntries((await rowsOf<{ name: string; mark: string }>(db, statement)).map((row) => [row.name, row.mark]));
  const nextTransaction = async () =>
    (await rowsOf<{ next: string }>(db, sql`select pg_snapshot_xmax(pg_current_snapshot())::text as next`))[0]?.next;

  let last = { next: await nextTransaction(), marks: await fingerprint() };
  return async () => {
    const next = await nextTransaction();
    if (next === last.next) return [];
    const marks = await fingerprint();
    const changed = Object.keys(marks).filter((name) => last.marks[name] !== marks[name]);
    last = { next, marks };
    return changed;
  };
}

/** The rows of a raw statement: both drivers (PGlite, node-postgres) answer with `rows`. */
async function rowsOf<Row>(db: Database, statement: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(statement);
  const rows = typeof result === "object" && result !== null && "rows" in result ? result.rows : undefined;
  if (!Array.isArray(rows)) throw new Error("the statement answered no rows");
  return rows as Row[];
}

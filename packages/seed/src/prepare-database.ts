import { count, eq } from "drizzle-orm";
import { analyzeDatabase, type DatabaseHandle, loadReferenceData, runMigrations, schema } from "@clusterwerk/db";
import { seedIfEmpty } from "./seed-demo";

export interface PreparedDatabase {
  /** True when the demo was written now (it is only ever written into a database without clusters). */
  seeded: boolean;
  /** True when the database has at least one platform admin (if not, `pnpm create-admin` makes one). */
  hasAdmin: boolean;
}

/**
 * What `pnpm start` and `pnpm dev` do before serving: migrate, load the shipped taxonomies (every start, so a
 * database without the demo has them too: the profile pickers and their checks read them), then add the
 * demo when `demo` and the database is empty, and refresh the planner's statistics (PGlite gathers none itself).
 */
export async function prepareDatabase(handle: DatabaseHandle, options: { demo: boolean }): Promise<PreparedDatabase> {
  await runMigrations(handle);
  await loadReferenceData(handle.db);
  const seeded = options.demo ? await seedIfEmpty(handle.db) : false;
  await analyzeDatabase(handle.db);
  const [admins] = await handle.db.select({ n: count() }).from(schema.roleAssignments).where(eq(schema.roleAssignments.kind, "admin"));
  return { seeded, hasAdmin: (admins?.n ?? 0) > 0 };
}

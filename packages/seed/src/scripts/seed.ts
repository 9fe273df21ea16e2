import { count } from "drizzle-orm";
import { getDatabase, runMigrations, schema } from "@clusterwerk/db";
import { seedIfEmpty } from "../seed-demo";

/** `pnpm seed`: migrates the configured database and fills it with the demo unless it already has clusters. */
const started = performance.now();
const handle = getDatabase();
try {
  await runMigrations(handle);
  const seeded = await seedIfEmpty(handle.db);
  const [clusters] = await handle.db.select({ n: count() }).from(schema.clusters);
  const [organisations] = await handle.db.select({ n: count() }).from(schema.organisations);
  const [users] = await handle.db.select({ n: count() }).from(schema.users);
  const totals = `${clusters?.n ?? 0} clusters, ${organisations?.n ?? 0} organisations, ${users?.n ?? 0} users`;
  const ms = Math.round(performance.now() - started);
  console.log(
    seeded ? `seed: demo data written (${totals}) in ${ms} ms` : `seed: skipped, database already has clusters (${totals}); ${ms} ms`,
  );
} finally {
  await handle.close();
}

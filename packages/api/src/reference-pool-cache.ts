import { type Database, loadReferencePool, referencePoolVersion } from "@clusterwerk/db";
import { addYears, type ReferenceBenchmarking } from "@clusterwerk/scoring";

interface CachedPool {
  version: string;
  asOf: string;
  pool: ReferenceBenchmarking[];
}

/** Per database (tests open several in one process): the pool last loaded, with its fingerprint and date. */
const cache = new WeakMap<Database, CachedPool>();

/**
 * The reference pool for a report on `asOf` (DOMAIN.md §6.2): entries benchmarked within the 3 years
 * before it. Loading 1,300 rows with their values costs far more than the peer report itself, so the
 * process keeps the pool it loaded and reuses it while `referencePoolVersion` — one small aggregate
 * query over finalised benchmarkings, imported rows and label awards — is unchanged. An import, a
 * finalisation or an award changes the fingerprint, and the next report loads afresh.
 */
export async function referencePoolFor(db: Database, asOf: string): Promise<ReferenceBenchmarking[]> {
  const version = await referencePoolVersion(db);
  const cached = cache.get(db);
  if (cached && cached.version === version && cached.asOf === asOf) return cached.pool;
  const pool = await loadReferencePool(db, { from: addYears(asOf, -3), to: asOf });
  cache.set(db, { version, asOf, pool });
  return pool;
}

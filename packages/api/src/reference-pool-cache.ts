import { type Database, loadReferencePool } from "@clusterwerk/db";
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
 * process keeps the pool it loaded and reuses it while the caller's `version` — the fingerprint
 * `referencePoolVersion` over finalised benchmarkings, imported rows and label awards, read fresh from the
 * database for every request — is unchanged. An import, a finalisation or an award changes it, and the
 * next report loads afresh.
 */
export async function referencePoolFor(db: Database, params: { asOf: string; version: string }): Promise<ReferenceBenchmarking[]> {
  const cached = cache.get(db);
  if (cached && cached.version === params.version && cached.asOf === params.asOf) return cached.pool;
  const pool = await loadReferencePool(db, { from: addYears(params.asOf, -3), to: params.asOf });
  cache.set(db, { version: params.version, asOf: params.asOf, pool });
  return pool;
}

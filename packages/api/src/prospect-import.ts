import { type Database, geocodePlaces, type ProspectUpsert, upsertProspects } from "@clusterwerk/db";
import { prospectImportKey, type ProspectRow } from "@clusterwerk/validators";

/**
 * Imports one chunk of validated prospect rows into a cluster (issue 9): keys them, geocodes offline
 * those the file gave no coordinates, and upserts by key. Returns the counts and how many stayed without
 * a location (they still count for S8, see `regionalPenetrationFigure`).
 */
export async function importProspectChunk(db: Database, params: { clusterId: string; rows: readonly ProspectRow[]; isDemo?: boolean }) {
  const toLocate = params.rows.filter((row) => row.lat === null || row.lon === null);
  const matches = toLocate.length === 0 ? [] : await geocodePlaces(toLocate);
  const found = new Map(toLocate.map((row, index) => [row, matches[index] ?? null]));
  const unique = new Map<string, ProspectUpsert>();
  for (const row of params.rows) {
    const match = found.get(row) ?? null;
    const importKey = prospectImportKey(row);
    unique.set(importKey, {
      importKey,
      name: row.name,
      city: row.city,
      postalCode: row.postalCode,
      country: row.country,
      nace: row.nace,
      technologyTags: row.technologyTags,
      employees: row.employees,
      website: row.website,
      lat: match ? match.lat : row.lat,
      lon: match ? match.lon : row.lon,
      geocodedFrom: match ? match.place : null,
      isDemo: params.isDemo ?? false,
    });
  }
  const counts = await upsertProspects(db, { clusterId: params.clusterId, rows: [...unique.values()] });
  const notLocated = [...unique.values()].filter((row) => row.lat === null).length;
  return { ...counts, notLocated, duplicatesInChunk: params.rows.length - unique.size };
}

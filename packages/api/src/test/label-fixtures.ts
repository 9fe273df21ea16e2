import { createFinalisedBenchmarking, type Database, indicatorValuesAt, schema } from "@clusterwerk/db";

let days = 0;
/** A fresh benchmark date per call (one benchmarking per cluster and date), counting days from 2025-01-01. */
function freshDay(): string {
  days += 1;
  return new Date(Date.UTC(2025, 0, 1 + days)).toISOString().slice(0, 10);
}

/**
 * Label rows for the authorization matrix: finalised benchmarkings (at the gold thresholds, so every level
 * is allowed but Silver) and awards made by `awardedBy`, each call a fresh row.
 */
export function labelFixtures(db: Database, awardedBy: string) {
  const benchmarking = (clusterId: string) =>
    createFinalisedBenchmarking(db, { clusterId, benchmarkDate: freshDay(), values: indicatorValuesAt("gold") });
  const award = async (clusterId: string, level: "bronze" | "gold", status: "awarded" | "awaiting_confirmation") => {
    const benchmarkingId = await benchmarking(clusterId);
    const [row] = await db
      .insert(schema.labelAwards)
      .values({
        clusterId,
        benchmarkingId,
        level,
        rationale: "Matrix",
        awardedBy,
        validFrom: "2025-01-01",
        validUntil: "2027-01-01",
        status,
        certificateNumber: status === "awarded" ? `CW-1999-${String(days).padStart(6, "0")}` : null,
      })
      .returning({ id: schema.labelAwards.id });
    if (!row) throw new Error("label award not created");
    return row.id;
  };
  return {
    benchmarking,
    /** A Bronze award in effect, with a certificate. */
    bronze: (clusterId: string) => award(clusterId, "bronze", "awarded"),
    /** A Gold award waiting for a second assessor (awarded by `awardedBy`, not the matrix's assessor). */
    pendingGold: (clusterId: string) => award(clusterId, "gold", "awaiting_confirmation"),
  };
}

import { type Database, getBenchmarking, listBenchmarkingChanges } from "@clusterwerk/db";
import { catalogueForVersion, indicatorCatalogue, type IndicatorDefinition, type IndicatorValue } from "@clusterwerk/scoring/benchmark";
import { notFound } from "./trpc";

/** A stored number back on the indicator's scale: yes/no indicators hold 1 or 0 (`numericValue`). */
export function indicatorValueOf(indicator: IndicatorDefinition, value: number | null): IndicatorValue | null {
  if (value === null) return null;
  return indicator.kind.type === "boolean" ? value === 1 : value;
}

/**
 * A benchmarking as its pages show it: every indicator of the catalogue it was made with, in catalogue
 * order, with the value, where it came from (a derived value without a source is "not available"), the
 * manager's note, the latest assessor correction (before, note, who, when) and the evidence files.
 */
export async function benchmarkingDetail(db: Database, benchmarkingId: string) {
  const benchmarking = await getBenchmarking(db, benchmarkingId);
  if (!benchmarking) throw notFound();
  const catalogue = catalogueForVersion(benchmarking.catalogueVersion) ?? indicatorCatalogue;
  const stored = new Map(benchmarking.values.map((row) => [row.indicatorId, row]));
  const indicators = catalogue.indicators.map((indicator) => {
    const row = stored.get(indicator.id);
    const correction =
      row?.correctedAt && row.correctionNote
        ? {
            previousValue: indicatorValueOf(indicator, row.previousValue),
            note: row.correctionNote,
            byName: row.correctedByName,
            at: row.correctedAt,
          }
        : null;
    return {
      id: indicator.id,
      area: indicator.area,
      unit: indicator.unit,
      decimals: indicator.decimals,
      kind: indicator.kind,
      source: indicator.source,
      name: indicator.name,
      value: indicatorValueOf(indicator, row?.value ?? null),
      sourceText: row?.sourceDe && row.sourceEn ? { de: row.sourceDe, en: row.sourceEn } : null,
      available: indicator.source === "reported" || Boolean(row?.sourceDe),
      note: row?.note ?? null,
      correction,
      evidence: benchmarking.evidence.filter((file) => file.indicatorId === indicator.id),
    };
  });
  const { values: _values, evidence: _evidence, ...head } = benchmarking;
  return { ...head, indicators };
}

/** The change history of a benchmarking, oldest first (from the audit log). */
export async function benchmarkingHistory(db: Database, benchmarkingId: string) {
  const changes = await listBenchmarkingChanges(db, benchmarkingId);
  return changes.map(({ actorName, actorEmail, ...change }) => ({ ...change, by: actorName ?? actorEmail }));
}

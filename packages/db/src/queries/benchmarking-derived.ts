import type { IndicatorCatalogue, IndicatorId } from "@clusterwerk/scoring/benchmark";
import { addMonths, compareDates } from "@clusterwerk/scoring";
import {
  activeMembersFigure,
  decimalText,
  eventsFigure,
  type IndicatorFigure,
  participantsPerEventFigure,
} from "@clusterwerk/scoring/members";
import type { Database } from "../client";
import { loadEventAttendance, loadMemberActivities } from "./benchmarking-sources";
import type { NewBenchmarkingValue } from "./benchmarkings";
import { loadClusterGrowth, memberStructureOf } from "./cluster-growth";
import type { findClusterById } from "./clusters";

type Cluster = NonNullable<Awaited<ReturnType<typeof findClusterById>>>;

/** Whole months from `from` to `to` (a month counts once its day is reached, with `addMonths`' clamping). */
export function completedMonths(from: string, to: string): number {
  let months = Math.max(0, (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  while (months > 0 && compareDates(addMonths(from, months), to) > 0) months -= 1;
  return months;
}

const fromRecord = (asOf: string) => ({ de: `aus dem Clusterprofil am ${asOf}`, en: `from the cluster profile on ${asOf}` });

/**
 * M1, M2 and M7 pre-filled from the cluster record (DOMAIN.md §6.1: founding year, management FTE,
 * strategy date), confirmed by the manager as reported values. Ages are in years of completed months
 * (M7's "not older than 3 years" compares the exact age, so 3 years and 1 month misses it).
 */
export function clusterRecordFigures(cluster: Pick<Cluster, "founded" | "managementFte" | "strategyDate">, asOf: string) {
  const from = fromRecord(asOf);
  const year = Number(asOf.slice(0, 4));
  const M1: IndicatorFigure | null =
    cluster.founded === null
      ? null
      : {
          value: Math.max(0, year - cluster.founded),
          source: { de: `gegründet ${cluster.founded}, ${from.de}`, en: `founded in ${cluster.founded}, ${from.en}` },
        };
  const M2: IndicatorFigure | null =
    cluster.managementFte === null
      ? null
      : {
          value: cluster.managementFte,
          source: {
            de: `${decimalText(cluster.managementFte, "de")} VZÄ Clustermanagement, ${from.de}`,
            en: `${decimalText(cluster.managementFte, "en")} FTE cluster management, ${from.en}`,
          },
        };
  const strategyAge = cluster.strategyDate === null ? null : completedMonths(cluster.strategyDate, asOf) / 12;
  const M7: IndicatorFigure | null =
    strategyAge === null || cluster.strategyDate === null
      ? null
      : {
          value: strategyAge,
          source: {
            de: `Strategie vom ${cluster.strategyDate}, ${decimalText(strategyAge, "de")} Jahre alt, ${from.de}`,
            en: `strategy of ${cluster.strategyDate}, ${decimalText(strategyAge, "en")} years old, ${from.en}`,
          },
        };
  return { M1, M2, M7 };
}

/** M3: management FTE per 100 committed members, from M2 of the cluster record and S1; null without either. */
export function managementPerMembersFigure(fte: number | null, committed: number | null, asOf: string): IndicatorFigure | null {
  if (fte === null || committed === null || committed === 0) return null;
  const value = (100 * fte) / committed;
  return {
    value,
    source: {
      de: `${decimalText(value, "de")} VZÄ je 100 engagierte Mitglieder (${decimalText(fte, "de")} VZÄ, ${committed} Mitglieder), aus Clusterprofil und Mitgliederliste vom ${asOf}`,
      en: `${decimalText(value, "en")} FTE per 100 committed members (${decimalText(fte, "en")} FTE, ${committed} members), from the cluster profile and the member list on ${asOf}`,
    },
  };
}

/**
 * Every indicator of `catalogue` as a benchmarking starts with it on `asOf`: derived values computed from
 * the portal's data with their source sentences (S1–S8 from memberships, prospects and organisations; I1–I3
 * from events, attendance, services and needs; M3 from the cluster record and S1), M1/M2/M7 pre-filled from
 * the cluster record. A derived indicator whose source the portal does not have yet is stored "not
 * available" (no value, no source), never an invented number. Null when there is no such cluster.
 */
export async function deriveIndicatorValues(
  db: Database,
  clusterId: string,
  asOf: string,
  catalogue: IndicatorCatalogue,
): Promise<NewBenchmarkingValue[] | null> {
  const [growth, events, activities] = await Promise.all([
    loadClusterGrowth(db, clusterId, asOf),
    loadEventAttendance(db, clusterId),
    loadMemberActivities(db, clusterId),
  ]);
  if (!growth) return null;
  const cluster = growth.cluster;
  const structure = memberStructureOf(growth, asOf);
  const record = clusterRecordFigures(cluster, asOf);
  const figures: Partial<Record<IndicatorId, IndicatorFigure | null>> = {
    S1: structure.S1,
    S2: structure.S2,
    S3: structure.S3,
    S4: structure.S4,
    S5: structure.S5,
    S6: structure.S6,
    S7: structure.S7,
    S8: structure.S8,
    ...record,
    M3: managementPerMembersFigure(cluster.managementFte, structure.S1.value, asOf),
    I1: eventsFigure(events, asOf),
    I2: participantsPerEventFigure(events, asOf),
    I3: activeMembersFigure(growth.members, events, activities, asOf),
  };
  return catalogue.indicators.map(({ id, source }) => {
    const figure = figures[id] ?? null;
    return {
      indicatorId: id,
      origin: source,
      value: figure?.value ?? null,
      sourceDe: figure?.source.de ?? null,
      sourceEn: figure?.source.en ?? null,
    };
  });
}

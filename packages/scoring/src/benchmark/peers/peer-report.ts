import { indicatorCatalogue } from "../indicator-catalogue";
import type { IndicatorCatalogue, IndicatorId } from "../indicator-types";
import { numericValue } from "../indicator-value";
import { sortedColumn } from "./composite-score";
import { buildPeerGroups, hiddenGroupReason, MIN_PEER_GROUP_SIZE, type PeerGroup, type PeerGroupKind } from "./peer-groups";
import type { PeerReportInput } from "./peer-input";
import { roundedPercentileRank } from "./percentile-rank";
import { summarise, type Summary } from "./quantiles";
import { buildReferencePool } from "./reference-pool";

/** Statistics of one indicator in one group; `own` on the numeric scale (yes = 1, no = 0). */
export interface IndicatorStatistics extends Summary {
  own: number | null;
  /** Share of the group's values the own value equals or beats, in percent, 1 decimal. */
  percentile: number | null;
}

export type PeerGroupReport =
  | {
      kind: PeerGroupKind;
      n: number;
      shown: true;
      reason: null;
      members: string[];
      indicators: Partial<Record<IndicatorId, IndicatorStatistics>>;
    }
  | { kind: PeerGroupKind; n: number; shown: false; reason: string; members: string[] };

/** The `peers` output of SCORING-CLI.md. */
export interface PeerReport {
  groups: PeerGroupReport[];
  strengths: IndicatorId[];
  developmentAreas: IndicatorId[];
}

/** Rounded percentile at or above which a scored indicator is a strength, at or below a development area. */
export const STRENGTH_PERCENTILE = 75;
export const DEVELOPMENT_AREA_PERCENTILE = 25;

function groupStatistics(group: PeerGroup, input: PeerReportInput, catalogue: IndicatorCatalogue) {
  const indicators: Partial<Record<IndicatorId, IndicatorStatistics>> = {};
  catalogue.indicators.forEach((indicator, index) => {
    const column = sortedColumn(group.members, index);
    const own = numericValue(input.cluster.values[indicator.id]);
    const percentile = own === null ? null : roundedPercentileRank(column, own, indicator.direction);
    indicators[indicator.id] = { ...summarise(column), own, percentile };
  });
  return indicators;
}

function reportGroup(group: PeerGroup, input: PeerReportInput, catalogue: IndicatorCatalogue): PeerGroupReport {
  const n = group.members.length;
  const members = group.members.map((member) => member.id);
  if (n < MIN_PEER_GROUP_SIZE) return { kind: group.kind, n, shown: false, reason: hiddenGroupReason(group.kind, n), members };
  return { kind: group.kind, n, shown: true, reason: null, members, indicators: groupStatistics(group, input, catalogue) };
}

/**
 * Peer groups and statistics of §6.2 for one cluster on `asOf`: sector, country and best-in-class
 * groups of the reference pool, statistics for all indicators of each shown group, and the strengths
 * and development areas against the sector group (empty when it is hidden).
 */
export function computePeerReport(input: PeerReportInput, catalogue: IndicatorCatalogue = indicatorCatalogue): PeerReport {
  const pool = buildReferencePool(input, catalogue);
  const groups = buildPeerGroups(input.cluster, pool, catalogue).map((group) => reportGroup(group, input, catalogue));
  const strengths: IndicatorId[] = [];
  const developmentAreas: IndicatorId[] = [];
  const sector = groups[0];
  if (sector?.shown) {
    for (const indicator of catalogue.indicators) {
      const percentile = sector.indicators[indicator.id]?.percentile ?? null;
      if (indicator.scoring === null || percentile === null) continue;
      if (percentile >= STRENGTH_PERCENTILE) strengths.push(indicator.id);
      if (percentile <= DEVELOPMENT_AREA_PERCENTILE) developmentAreas.push(indicator.id);
    }
  }
  return { groups, strengths, developmentAreas };
}

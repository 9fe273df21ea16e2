import { listNeedRegisterForExport, loadNeedsAnalysisRows, type NeedGroup, type NeedsAnalysisRows } from "@clusterwerk/db";
import {
  coverage,
  demandByCategory,
  demandHeatmap,
  demandTrend,
  type NeedRow,
  responseRate,
  type ServiceRow,
  unmetNeeds,
} from "@clusterwerk/scoring/needs";
import { calendarDayOf } from "../calendar-day";
import { createTRPCRouter, managerProcedure } from "../trpc";

/** How many unmet needs the analysis names (most important first). */
export const TOP_UNMET_NEEDS = 10;

type AnalysisRow = NeedRow & { campaignId: string | null };

/**
 * The loader's groups as rows for the scoring package, `count` alike rows per group, and one service
 * standing for all active or planned ones, addressing exactly the covered rows. The figures read no
 * need's id or organisation beyond telling rows apart, so the generated ids change none of them.
 */
export function expandNeedGroups(groups: readonly NeedGroup[]): { needs: AnalysisRow[]; services: ServiceRow[] } {
  const needs: AnalysisRow[] = [];
  const covered: string[] = [];
  groups.forEach((group, index) => {
    for (let k = 0; k < group.count; k += 1) {
      const id = `${index}.${k}`;
      const { memberCategory, category, importance, status, campaignId } = group;
      needs.push({ id, organisationId: "", memberCategory, category, importance, status, campaignId });
      if (group.covered) covered.push(id);
    }
  });
  return { needs, services: [{ id: "active-or-planned", status: "active", addresses: covered }] };
}

function campaignHeading(campaign: { id: string; title: string; opensOn: string; closesOn: string }) {
  return { id: campaign.id, title: campaign.title, opensOn: campaign.opensOn, closesOn: campaign.closesOn };
}

/**
 * The figures of DOMAIN.md §2 (and §3 coverage) on one cluster's rows, all from the scoring package's
 * pure functions: demand per category (Σ importance of open needs), the heatmaps by member category and
 * size class, the trend of the latest campaign against the one before (null without two campaigns),
 * unmet demand, the latest campaign's response rate (null without a campaign) and coverage.
 */
export function analyseNeeds(rows: NeedsAnalysisRows) {
  const { needs, services } = expandNeedGroups(rows.needGroups);
  const [latest, previous] = rows.campaigns;
  const answersOf = (campaignId: string) => needs.filter((need) => need.campaignId === campaignId);
  const unmet = unmetNeeds(needs, services);
  return {
    needCount: needs.length,
    demand: demandByCategory(needs),
    heatmap: demandHeatmap(needs),
    trend:
      latest && previous
        ? {
            current: campaignHeading(latest),
            previous: campaignHeading(previous),
            ...demandTrend(answersOf(latest.id), answersOf(previous.id)),
          }
        : null,
    unmet: { count: unmet.length, importance: unmet.reduce((total, need) => total + need.importance, 0), top: rows.topUnmet },
    responseRate: latest
      ? { campaign: campaignHeading(latest), ...responseRate(latest.invitedOrganisationIds, latest.respondedOrganisationIds) }
      : null,
    coverage: coverage(needs, services),
  };
}

export const needsAnalysisRouter = createTRPCRouter({
  /** Managers of the cluster: the needs analysis (demand, heatmaps, trend, unmet demand, response rate, coverage). */
  get: managerProcedure.query(async ({ ctx }) =>
    analyseNeeds(
      await loadNeedsAnalysisRows(ctx.db, { clusterId: ctx.clusterId, topUnmet: TOP_UNMET_NEEDS, today: calendarDayOf(new Date()) }),
    ),
  ),

  /** Managers of the cluster: every need of the cluster's register, for the CSV export. */
  register: managerProcedure.query(({ ctx }) => listNeedRegisterForExport(ctx.db, { clusterId: ctx.clusterId })),
});

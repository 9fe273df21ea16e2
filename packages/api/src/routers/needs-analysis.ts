import { findNeedSummaries, listNeedRegisterForExport, loadNeedsAnalysisRows, type NeedsAnalysisRows } from "@clusterwerk/db";
import { coverage, demandByCategory, demandHeatmap, demandTrend, responseRate, unmetNeeds } from "@clusterwerk/scoring/needs";
import { createTRPCRouter, managerProcedure } from "../trpc";

/** How many unmet needs the analysis names (most important first). */
export const TOP_UNMET_NEEDS = 10;

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
  const [latest, previous] = rows.campaigns;
  const answersOf = (campaignId: string) => rows.needs.filter((need) => need.campaignId === campaignId);
  const unmet = unmetNeeds(rows.needs, rows.services);
  const covered = coverage(rows.needs, rows.services);
  return {
    needCount: rows.needs.length,
    demand: demandByCategory(rows.needs),
    heatmap: demandHeatmap(rows.needs),
    trend:
      latest && previous
        ? {
            current: campaignHeading(latest),
            previous: campaignHeading(previous),
            ...demandTrend(answersOf(latest.id), answersOf(previous.id)),
          }
        : null,
    unmet: {
      count: unmet.length,
      importance: unmet.reduce((total, need) => total + need.importance, 0),
      top: unmet.slice(0, TOP_UNMET_NEEDS),
    },
    responseRate: latest
      ? { campaign: campaignHeading(latest), ...responseRate(latest.invitedOrganisationIds, latest.respondedOrganisationIds) }
      : null,
    coverage: covered,
  };
}

export const needsAnalysisRouter = createTRPCRouter({
  /** Managers of the cluster: the needs analysis (demand, heatmaps, trend, unmet demand, response rate, coverage). */
  get: managerProcedure.query(async ({ ctx }) => {
    const analysis = analyseNeeds(await loadNeedsAnalysisRows(ctx.db, { clusterId: ctx.clusterId }));
    const summaries = new Map(
      (await findNeedSummaries(ctx.db, { clusterId: ctx.clusterId, ids: analysis.unmet.top.map((need) => need.id) })).map((row) => [
        row.id,
        row,
      ]),
    );
    const top = analysis.unmet.top.map((need) => ({
      id: need.id,
      category: need.category,
      importance: need.importance,
      memberCategory: need.memberCategory,
      title: summaries.get(need.id)?.title ?? "",
      organisationName: summaries.get(need.id)?.organisationName ?? "",
    }));
    return { ...analysis, unmet: { ...analysis.unmet, top } };
  }),

  /** Managers of the cluster: every need of the cluster's register, for the CSV export. */
  register: managerProcedure.query(({ ctx }) => listNeedRegisterForExport(ctx.db, { clusterId: ctx.clusterId })),
});

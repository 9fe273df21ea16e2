import {
  coveringServiceStatuses,
  type MemberCategory,
  type NeedCategory,
  type NeedHorizon,
  type NeedStatus,
  type NeedVisibility,
} from "@clusterwerk/scoring/domain";
import { and, asc, count, desc, eq, inArray, lte, notExists, type SQL, sql } from "drizzle-orm";
import type { Database } from "../client";
import { campaignInvitees, campaigns, needs, organisations, serviceNeeds, services } from "../schema";

/**
 * Needs that are alike in everything the §2/§3 figures read: the organisation's member category, the
 * need's category, importance and status, the campaign it answered (one of the latest two, else
 * null) and whether an active or planned service addresses it; `count` needs of this kind.
 */
export interface NeedGroup {
  memberCategory: MemberCategory;
  category: NeedCategory;
  importance: number;
  status: NeedStatus;
  campaignId: string | null;
  covered: boolean;
  count: number;
}

/** A campaign the analysis compares: its period and who was asked and who answered. */
export interface AnalysisCampaign {
  id: string;
  title: string;
  opensOn: string;
  closesOn: string;
  invitedOrganisationIds: string[];
  /** Invitees marked as answered, and every organisation that registered an answer (a need) to it. */
  respondedOrganisationIds: string[];
}

/** An open need no active or planned service addresses, named for the managers. */
export interface UnmetNeedSummary {
  id: string;
  title: string;
  organisationName: string;
  memberCategory: MemberCategory;
  category: NeedCategory;
  importance: number;
}

export interface NeedsAnalysisRows {
  needGroups: NeedGroup[];
  /** The latest campaign that has opened (closed or running), then the one before it; at most two. */
  campaigns: AnalysisCampaign[];
  /** The most important unmet needs, most important first, then by id (the order of `unmetNeeds`). */
  topUnmet: UnmetNeedSummary[];
}

/**
 * What the §2/§3 figures of one cluster read. PGlite pays for every row it returns (about 1 s for
 * 20,000 needs on the benchmark machine, far over the 200 ms the page may take), so the needs come
 * grouped by every attribute the figures read, each group with its count; the caller expands them
 * into rows for the scoring package's functions. Five statements, the first three at once; tenancy
 * is the `clusterId` condition of each.
 */
export async function loadNeedsAnalysisRows(
  db: Database,
  params: {
    clusterId: string;
    topUnmet: number;
    /** The portal's calendar day (YYYY-MM-DD, Europe/Berlin): campaigns opening later are left out. */
    today: string;
  },
): Promise<NeedsAnalysisRows> {
  const latestCampaigns = db
    .select({ id: campaigns.id, title: campaigns.title, opensOn: campaigns.opensOn, closesOn: campaigns.closesOn })
    .from(campaigns)
    .where(and(eq(campaigns.clusterId, params.clusterId), lte(campaigns.opensOn, params.today)))
    .orderBy(desc(campaigns.opensOn), desc(campaigns.createdAt), asc(campaigns.id))
    .limit(2);
  // Links of the cluster's active or planned services (§3 coverage), to one need when `need` says which.
  const coveringLinks = (need?: SQL) =>
    db
      .select({ needId: serviceNeeds.needId })
      .from(serviceNeeds)
      .innerJoin(services, eq(services.id, serviceNeeds.serviceId))
      .where(and(need, eq(services.clusterId, params.clusterId), inArray(services.status, [...coveringServiceStatuses])));
  const coveredNeedIds = coveringLinks();
  const campaignOfInterest = sql<
    string | null
  >`case when ${needs.campaignId} in (${db.select({ id: sql`latest.id` }).from(latestCampaigns.as("latest"))}) then ${needs.campaignId} end`;
  const covered = sql<boolean>`${needs.id} in ${coveredNeedIds}`;
  const [campaignRows, needGroups, topUnmet] = await Promise.all([
    latestCampaigns,
    db
      .select({
        memberCategory: organisations.category,
        category: needs.category,
        importance: needs.importance,
        status: needs.status,
        campaignId: campaignOfInterest,
        covered,
        count: count(),
      })
      .from(needs)
      .innerJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(eq(needs.clusterId, params.clusterId))
      // By position: the two expressions carry parameters, so repeating them would not match the selected ones.
      .groupBy(sql`1, 2, 3, 4, 5, 6`),
    db
      .select({
        id: needs.id,
        title: needs.title,
        organisationName: organisations.name,
        memberCategory: organisations.category,
        category: needs.category,
        importance: needs.importance,
      })
      .from(needs)
      .innerJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(
        and(eq(needs.clusterId, params.clusterId), eq(needs.status, "open"), notExists(coveringLinks(eq(serviceNeeds.needId, needs.id)))),
      )
      // Per need, not as a set: in the index's order the first few uncovered end the scan.
      // A uuid orders as its text does (bytes in hex), so the index's order is the scoring package's.
      .orderBy(desc(needs.importance), asc(needs.id))
      .limit(params.topUnmet),
  ]);
  return { needGroups, campaigns: await withInvitees(db, campaignRows), topUnmet };
}

/** Who each campaign asked and who answered: invitees marked as answered and organisations with an answer (a need) to it. */
async function withInvitees(db: Database, campaignRows: Omit<AnalysisCampaign, "invitedOrganisationIds" | "respondedOrganisationIds">[]) {
  if (campaignRows.length === 0) return [];
  const ids = campaignRows.map((campaign) => campaign.id);
  const [invitees, answers] = await Promise.all([
    db
      .select({
        campaignId: campaignInvitees.campaignId,
        organisationId: campaignInvitees.organisationId,
        respondedAt: campaignInvitees.respondedAt,
      })
      .from(campaignInvitees)
      .where(inArray(campaignInvitees.campaignId, ids)),
    db
      .selectDistinct({ campaignId: needs.campaignId, organisationId: needs.organisationId })
      .from(needs)
      .where(inArray(needs.campaignId, ids)),
  ]);
  return campaignRows.map((campaign) => {
    const asked = invitees.filter((invitee) => invitee.campaignId === campaign.id);
    const answered = new Set(asked.filter((invitee) => invitee.respondedAt !== null).map((invitee) => invitee.organisationId));
    for (const answer of answers) if (answer.campaignId === campaign.id) answered.add(answer.organisationId);
    return { ...campaign, invitedOrganisationIds: asked.map((invitee) => invitee.organisationId), respondedOrganisationIds: [...answered] };
  });
}

export interface NeedRegisterExportRow {
  id: string;
  organisationName: string;
  memberCategory: MemberCategory;
  category: NeedCategory;
  title: string;
  description: string | null;
  importance: number;
  horizon: NeedHorizon;
  status: NeedStatus;
  visibility: NeedVisibility;
  campaignTitle: string | null;
  /** Whether an active or planned service addresses the need (§3 coverage). */
  covered: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** Every need of one cluster for the managers' CSV export, oldest first (the register's full rows). */
export async function listNeedRegisterForExport(db: Database, params: { clusterId: string }): Promise<NeedRegisterExportRow[]> {
  const coveringServices = db
    .select({ needId: serviceNeeds.needId })
    .from(serviceNeeds)
    .innerJoin(services, eq(services.id, serviceNeeds.serviceId))
    .where(and(eq(services.clusterId, params.clusterId), inArray(services.status, [...coveringServiceStatuses])));
  return db
    .select({
      id: needs.id,
      organisationName: organisations.name,
      memberCategory: organisations.category,
      category: needs.category,
      title: needs.title,
      description: needs.description,
      importance: needs.importance,
      horizon: needs.horizon,
      status: needs.status,
      visibility: needs.visibility,
      campaignTitle: campaigns.title,
      covered: sql<boolean>`${needs.id} in ${coveringServices}`,
      createdAt: needs.createdAt,
      updatedAt: needs.updatedAt,
    })
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .leftJoin(campaigns, eq(campaigns.id, needs.campaignId))
    .where(eq(needs.clusterId, params.clusterId))
    .orderBy(asc(needs.createdAt), asc(needs.id));
}

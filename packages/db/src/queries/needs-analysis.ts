import {
  coveringServiceStatuses,
  type MemberCategory,
  type NeedCategory,
  type NeedHorizon,
  type NeedStatus,
  type NeedVisibility,
  type ServiceStatus,
} from "@clusterwerk/scoring/domain";
import { and, asc, desc, eq, inArray, lte, sql } from "drizzle-orm";
import type { Database } from "../client";
import { campaignInvitees, campaigns, needs, organisations, serviceNeeds, services } from "../schema";

/** A need as the analysis reads it (DOMAIN.md §2): the scoring package's `NeedRow` plus the campaign it answered. */
export interface AnalysisNeedRow {
  id: string;
  organisationId: string;
  memberCategory: MemberCategory;
  category: NeedCategory;
  importance: number;
  status: NeedStatus;
  campaignId: string | null;
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

export interface NeedsAnalysisRows {
  needs: AnalysisNeedRow[];
  services: { id: string; status: ServiceStatus; addresses: string[] }[];
  /** The latest campaign that has opened (closed or running), then the one before it; at most two. */
  campaigns: AnalysisCampaign[];
}

/**
 * Everything the §2/§3 figures of one cluster read, in four statements (three of them at once): its
 * needs with their organisation's member category, its services with the needs they address, the
 * latest two campaigns that have opened (a campaign not yet open has no answers to compare), then
 * who those two asked. Tenancy is the `clusterId` condition of each.
 */
export async function loadNeedsAnalysisRows(db: Database, params: { clusterId: string }): Promise<NeedsAnalysisRows> {
  const [needRows, serviceRows, campaignRows] = await Promise.all([
    db
      .select({
        id: needs.id,
        organisationId: needs.organisationId,
        memberCategory: organisations.category,
        category: needs.category,
        importance: needs.importance,
        status: needs.status,
        campaignId: needs.campaignId,
      })
      .from(needs)
      .innerJoin(organisations, eq(organisations.id, needs.organisationId))
      .where(eq(needs.clusterId, params.clusterId)),
    db
      .select({
        id: services.id,
        status: services.status,
        addresses: sql<string[]>`coalesce(array_agg(${serviceNeeds.needId}) filter (where ${serviceNeeds.needId} is not null), '{}')`,
      })
      .from(services)
      .leftJoin(serviceNeeds, eq(serviceNeeds.serviceId, services.id))
      .where(eq(services.clusterId, params.clusterId))
      .groupBy(services.id),
    db
      .select({ id: campaigns.id, title: campaigns.title, opensOn: campaigns.opensOn, closesOn: campaigns.closesOn })
      .from(campaigns)
      .where(and(eq(campaigns.clusterId, params.clusterId), lte(campaigns.opensOn, sql`current_date`)))
      .orderBy(desc(campaigns.opensOn), desc(campaigns.createdAt), asc(campaigns.id))
      .limit(2),
  ]);
  const invitees =
    campaignRows.length === 0
      ? []
      : await db
          .select({
            campaignId: campaignInvitees.campaignId,
            organisationId: campaignInvitees.organisationId,
            respondedAt: campaignInvitees.respondedAt,
          })
          .from(campaignInvitees)
          .where(
            inArray(
              campaignInvitees.campaignId,
              campaignRows.map((campaign) => campaign.id),
            ),
          );
  const withInvitees = campaignRows.map((campaign) => {
    const asked = invitees.filter((invitee) => invitee.campaignId === campaign.id);
    const answered = new Set(asked.filter((invitee) => invitee.respondedAt !== null).map((invitee) => invitee.organisationId));
    for (const need of needRows) if (need.campaignId === campaign.id) answered.add(need.organisationId);
    return { ...campaign, invitedOrganisationIds: asked.map((invitee) => invitee.organisationId), respondedOrganisationIds: [...answered] };
  });
  return { needs: needRows, services: serviceRows, campaigns: withInvitees };
}

/** The named needs of one cluster (e.g. the top of the unmet list), with their organisation's name; ids of other clusters are ignored. */
export async function findNeedSummaries(db: Database, params: { clusterId: string; ids: readonly string[] }) {
  if (params.ids.length === 0) return [];
  return db
    .select({ id: needs.id, title: needs.title, organisationName: organisations.name })
    .from(needs)
    .innerJoin(organisations, eq(organisations.id, needs.organisationId))
    .where(and(eq(needs.clusterId, params.clusterId), inArray(needs.id, [...params.ids])));
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

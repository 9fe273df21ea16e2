import type { NeedCategory } from "@clusterwerk/scoring/domain";
import type { CampaignSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or } from "drizzle-orm";
import type { Database } from "../client";
import { campaignInvitees, campaigns, memberships, needs, needStatusChanges, organisations, roleAssignments, users } from "../schema";
import { listOrder, listPage } from "./list";
import type { NewNeed } from "./needs";

/** Organisations a campaign may ask: the cluster's active members (DOMAIN.md §1 "Membership"), by name. */
export function activeMemberOrganisations(db: Database, clusterId: string) {
  return db
    .select({ id: organisations.id, name: organisations.name, category: organisations.category })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.clusterId, clusterId), eq(memberships.status, "active")))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

export interface NewCampaign {
  clusterId: string;
  title: string;
  opensOn: string;
  closesOn: string;
  categories: NeedCategory[];
  organisationIds: readonly string[];
  createdBy: string | null;
}

/** Creates a campaign with its invited organisations in one transaction. */
export async function createCampaign(db: Database, params: NewCampaign) {
  return db.transaction(async (tx) => {
    const { organisationIds, ...values } = params;
    const [campaign] = await tx.insert(campaigns).values(values).returning();
    if (!campaign) throw new Error("campaign insert returned nothing");
    const unique = [...new Set(organisationIds)];
    if (unique.length > 0)
      await tx.insert(campaignInvitees).values(unique.map((organisationId) => ({ campaignId: campaign.id, organisationId })));
    return campaign;
  });
}

/** The managers' campaign list, newest period first unless sorted otherwise. */
export function listCampaigns(db: Database, params: PageInput & SortParams<CampaignSortKey> & { clusterId: string }) {
  const query = db.select().from(campaigns).where(eq(campaigns.clusterId, params.clusterId)).$dynamic();
  return listPage(db, query, {
    page: params,
    orderBy: listOrder(params, {
      columns: { opensOn: campaigns.opensOn, closesOn: campaigns.closesOn, title: campaigns.title, createdAt: campaigns.createdAt },
      defaultSort: "opensOn",
      defaultDirection: "desc",
      tiebreak: campaigns.id,
    }),
  });
}

/** Who each of `campaignIds` asked and whether they answered (input for the response rate). */
export async function campaignInviteeStates(db: Database, campaignIds: readonly string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .select({
      campaignId: campaignInvitees.campaignId,
      organisationId: campaignInvitees.organisationId,
      respondedAt: campaignInvitees.respondedAt,
    })
    .from(campaignInvitees)
    .where(inArray(campaignInvitees.campaignId, [...campaignIds]));
}

/** A campaign of the cluster; null when missing or another cluster's. */
export async function findCampaign(db: Database, params: { campaignId: string; clusterId: string }) {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, params.campaignId), eq(campaigns.clusterId, params.clusterId)))
    .limit(1);
  return row ?? null;
}

/** The cluster that owns a campaign (the owner loader of manager procedures on a campaign). */
export async function campaignCluster(db: Database, campaignId: string): Promise<string | null> {
  const [row] = await db.select({ clusterId: campaigns.clusterId }).from(campaigns).where(eq(campaigns.id, campaignId)).limit(1);
  return row?.clusterId ?? null;
}

/** The organisations a campaign asked, by name, with when they answered and were last reminded. */
export function listCampaignInvitees(db: Database, campaignId: string) {
  return db
    .select({
      organisationId: campaignInvitees.organisationId,
      organisationName: organisations.name,
      category: organisations.category,
      respondedAt: campaignInvitees.respondedAt,
      remindedAt: campaignInvitees.remindedAt,
    })
    .from(campaignInvitees)
    .innerJoin(organisations, eq(organisations.id, campaignInvitees.organisationId))
    .where(eq(campaignInvitees.campaignId, campaignId))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** Campaigns of the cluster that invited the organisation and run on `today` (YYYY-MM-DD), closing soonest first. */
export function openCampaignsFor(db: Database, params: { clusterId: string; organisationId: string; today: string }) {
  return db
    .select({
      id: campaigns.id,
      title: campaigns.title,
      opensOn: campaigns.opensOn,
      closesOn: campaigns.closesOn,
      categories: campaigns.categories,
      respondedAt: campaignInvitees.respondedAt,
    })
    .from(campaigns)
    .innerJoin(
      campaignInvitees,
      and(eq(campaignInvitees.campaignId, campaigns.id), eq(campaignInvitees.organisationId, params.organisationId)),
    )
    .where(and(eq(campaigns.clusterId, params.clusterId), lte(campaigns.opensOn, params.today), gte(campaigns.closesOn, params.today)))
    .orderBy(asc(campaigns.closesOn), asc(campaigns.id));
}

/** The organisation's invitation to a campaign of the cluster (with the campaign); null when not invited. */
export async function findCampaignInvitation(db: Database, params: { campaignId: string; clusterId: string; organisationId: string }) {
  const [row] = await db
    .select({ campaign: campaigns, respondedAt: campaignInvitees.respondedAt })
    .from(campaigns)
    .innerJoin(
      campaignInvitees,
      and(eq(campaignInvitees.campaignId, campaigns.id), eq(campaignInvitees.organisationId, params.organisationId)),
    )
    .where(and(eq(campaigns.id, params.campaignId), eq(campaigns.clusterId, params.clusterId)))
    .limit(1);
  return row ?? null;
}

/** The needs an organisation registered as answers to a campaign, newest first. */
export function campaignAnswersOf(db: Database, params: { campaignId: string; organisationId: string }) {
  return db
    .select({
      id: needs.id,
      category: needs.category,
      title: needs.title,
      importance: needs.importance,
      horizon: needs.horizon,
      status: needs.status,
    })
    .from(needs)
    .where(and(eq(needs.campaignId, params.campaignId), eq(needs.organisationId, params.organisationId)))
    .orderBy(desc(needs.createdAt), asc(needs.id));
}

/**
 * Records one submission of a campaign (DOMAIN.md §2: answers become needs in the register): the needs
 * with `campaignId` set and their first history entries, and the organisation marked as responded (the
 * first submission's time is kept). All or nothing.
 */
export async function recordCampaignAnswer(
  db: Database,
  params: {
    campaignId: string;
    clusterId: string;
    organisationId: string;
    answers: readonly Omit<NewNeed, "clusterId" | "organisationId" | "campaignId">[];
    userId: string;
    now?: Date;
  },
): Promise<string[]> {
  const now = params.now ?? new Date();
  return db.transaction(async (tx) => {
    const rows = params.answers.map((answer) => ({
      ...answer,
      clusterId: params.clusterId,
      organisationId: params.organisationId,
      campaignId: params.campaignId,
      createdBy: params.userId,
    }));
    const created = rows.length > 0 ? await tx.insert(needs).values(rows).returning({ id: needs.id, status: needs.status }) : [];
    if (created.length > 0) {
      await tx
        .insert(needStatusChanges)
        .values(created.map((row) => ({ needId: row.id, fromStatus: null, toStatus: row.status, changedBy: params.userId, at: now })));
    }
    await tx
      .update(campaignInvitees)
      .set({ respondedAt: now })
      .where(
        and(
          eq(campaignInvitees.campaignId, params.campaignId),
          eq(campaignInvitees.organisationId, params.organisationId),
          isNull(campaignInvitees.respondedAt),
        ),
      );
    return created.map((row) => row.id);
  });
}

/**
 * Invited organisations of a campaign that have not answered and were not reminded since `remindedBefore`,
 * each with the emails of its contact persons in the campaign's cluster (active membership, account
 * accepted and not disabled). An organisation without such a person is left out: nobody could be mailed.
 */
export async function dueCampaignReminders(db: Database, params: { campaignId: string; clusterId: string; remindedBefore: Date }) {
  const rows = await db
    .selectDistinct({ organisationId: campaignInvitees.organisationId, email: users.email })
    .from(campaignInvitees)
    .innerJoin(
      memberships,
      and(
        eq(memberships.organisationId, campaignInvitees.organisationId),
        eq(memberships.clusterId, params.clusterId),
        eq(memberships.status, "active"),
      ),
    )
    .innerJoin(
      roleAssignments,
      and(
        eq(roleAssignments.organisationId, campaignInvitees.organisationId),
        eq(roleAssignments.clusterId, params.clusterId),
        eq(roleAssignments.kind, "member"),
      ),
    )
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(campaignInvitees.campaignId, params.campaignId),
        isNull(campaignInvitees.respondedAt),
        or(isNull(campaignInvitees.remindedAt), lt(campaignInvitees.remindedAt, params.remindedBefore)),
        isNull(users.disabledAt),
        isNotNull(users.passwordHash),
      ),
    )
    .orderBy(asc(campaignInvitees.organisationId), asc(users.email));
  const byOrganisation = new Map<string, string[]>();
  for (const row of rows) byOrganisation.set(row.organisationId, [...(byOrganisation.get(row.organisationId) ?? []), row.email]);
  return [...byOrganisation.entries()].map(([organisationId, emails]) => ({ organisationId, emails }));
}

/** Notes that the organisations were reminded at `at` (the 24-hour pause counts from here). */
export async function markCampaignReminded(db: Database, params: { campaignId: string; organisationIds: readonly string[]; at: Date }) {
  if (params.organisationIds.length === 0) return;
  await db
    .update(campaignInvitees)
    .set({ remindedAt: params.at })
    .where(and(eq(campaignInvitees.campaignId, params.campaignId), inArray(campaignInvitees.organisationId, [...params.organisationIds])));
}

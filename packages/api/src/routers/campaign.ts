import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import {
  activeMemberOrganisations,
  campaignAnswersOf,
  campaignCluster,
  campaignInviteeStates,
  createCampaign,
  type Database,
  dueCampaignReminders,
  findCampaign,
  findCampaignInvitation,
  findClusterById,
  listCampaignInvitees,
  listCampaigns,
  markCampaignReminded,
  openCampaignsFor,
  recordCampaignAnswer,
  recordAudit,
} from "@clusterwerk/db";
import { responseRate } from "@clusterwerk/scoring/needs";
import { campaignAnswerInput, campaignInput, campaignSortKeys, errorMessages, pagination, sortInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { auditNeed } from "../need-audit";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure, memberInClusterProcedure, notFound } from "../trpc";

/** A reminder goes to an organisation at most once in this time (the brief of issue 8: no re-reminding within 24 h). */
export const REMINDER_PAUSE_MS = 24 * 60 * 60 * 1000;

export type CampaignState = "upcoming" | "open" | "closed";

/** Where a campaign's period stands on `today` (both ends of the period count as open). */
export function campaignState(campaign: { opensOn: string; closesOn: string }, today: string): CampaignState {
  if (today < campaign.opensOn) return "upcoming";
  return today > campaign.closesOn ? "closed" : "open";
}

/** Refuses an action outside the campaign's period with the reason as the message. */
function assertOpen(campaign: { opensOn: string; closesOn: string }, today: string): void {
  const state = campaignState(campaign, today);
  if (state === "closed") throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.campaignClosed });
  if (state === "upcoming") throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.campaignNotOpenYet });
}

export const campaignRouter = createTRPCRouter({
  /** Managers of the cluster: its campaigns with each one's live response rate (answered / invited, §2). */
  list: managerProcedure.input(z.object({ ...pagination, ...sortInput(campaignSortKeys) })).query(async ({ ctx, input }) => {
    const page = await listCampaigns(ctx.db, { ...input, clusterId: ctx.clusterId });
    const states = await campaignInviteeStates(
      ctx.db,
      page.items.map((campaign) => campaign.id),
    );
    const today = calendarDayOf(new Date());
    return {
      ...page,
      items: page.items.map((campaign) => {
        const mine = states.filter((row) => row.campaignId === campaign.id);
        const rate = responseRate(
          mine.map((row) => row.organisationId),
          mine.flatMap((row) => (row.respondedAt ? [row.organisationId] : [])),
        );
        return { ...campaign, state: campaignState(campaign, today), responseRate: rate };
      }),
    };
  }),

  /** Managers of the cluster: the organisations a new campaign may ask (its active members). */
  invitable: managerProcedure.query(({ ctx }) => activeMemberOrganisations(ctx.db, ctx.clusterId)),

  /** Managers of the cluster: start a campaign; without a choice of organisations all active members are asked. */
  create: managerProcedure.input(campaignInput).mutation(async ({ ctx, input }) => {
    const members = new Set((await activeMemberOrganisations(ctx.db, ctx.clusterId)).map((organisation) => organisation.id));
    const organisationIds = input.organisationIds ?? [...members];
    if (organisationIds.some((organisationId) => !members.has(organisationId))) throw notFound(errorMessages.organisationNotFound);
    const campaign = await createCampaign(ctx.db, { ...input, clusterId: ctx.clusterId, organisationIds, createdBy: ctx.userId });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "campaign.created",
      entity: "campaign",
      entityId: campaign.id,
      clusterId: ctx.clusterId,
      details: { invited: new Set(organisationIds).size, categories: input.categories },
    });
    return { id: campaign.id };
  }),

  /** Managers of the campaign's cluster: the campaign, whom it asked (answered, last reminded) and its response rate. */
  get: managerOfRecordProcedure("campaignId", campaignCluster).query(async ({ ctx, input }) => {
    const campaign = await findCampaign(ctx.db, { campaignId: input.campaignId, clusterId: ctx.clusterId });
    if (!campaign) throw notFound();
    const invitees = await listCampaignInvitees(ctx.db, campaign.id);
    const rate = responseRate(
      invitees.map((row) => row.organisationId),
      invitees.flatMap((row) => (row.respondedAt ? [row.organisationId] : [])),
    );
    return { campaign, state: campaignState(campaign, calendarDayOf(new Date())), invitees, responseRate: rate };
  }),

  /**
   * Managers of the campaign's cluster, while it runs: mail the contact persons of invited organisations
   * that have not answered, skipping any reminded in the last 24 hours. Says how many were reminded.
   */
  remind: managerOfRecordProcedure("campaignId", campaignCluster).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const campaign = await findCampaign(ctx.db, { campaignId: input.campaignId, clusterId: ctx.clusterId });
    if (!campaign) throw notFound();
    assertOpen(campaign, calendarDayOf(now));
    const due = await dueCampaignReminders(ctx.db, {
      campaignId: campaign.id,
      clusterId: ctx.clusterId,
      remindedBefore: new Date(now.getTime() - REMINDER_PAUSE_MS),
    });
    const cluster = await findClusterById(ctx.db, ctx.clusterId);
    const link = publicLink(`/c/${cluster?.slug ?? ""}/campaigns/${campaign.id}`);
    let mails = 0;
    for (const { emails } of due) {
      for (const to of emails) {
        await sendMail(ctx.db, {
          to,
          subject: `Erinnerung: ${campaign.title} / reminder`,
          text:
            `Ihre Antwort auf die Bedarfsumfrage „${campaign.title}“ fehlt noch (bis ${campaign.closesOn}) / ` +
            `your answer to the needs survey "${campaign.title}" is still missing (until ${campaign.closesOn}):\n${link}`,
        });
        mails += 1;
      }
    }
    await markCampaignReminded(ctx.db, { campaignId: campaign.id, organisationIds: due.map((row) => row.organisationId), at: now });
    return { reminded: due.length, mails };
  }),

  /** Contact persons of the organisation acting in the cluster: the running campaigns it is invited to, and whether it answered. */
  open: memberInClusterProcedure.query(({ ctx }) =>
    openCampaignsFor(ctx.db, { clusterId: ctx.clusterId, organisationId: ctx.organisationId, today: calendarDayOf(new Date()) }),
  ),

  /**
   * Contact persons of the organisation acting in the cluster: a campaign it is invited to, with its state
   * and the answers already given (FORBIDDEN `campaignNotInvited` for one of the cluster that did not ask it).
   */
  forAnswer: memberInClusterProcedure.input(z.object({ campaignId: z.string().uuid("invalidId") })).query(async ({ ctx, input }) => {
    const invitation = await invitedCampaign(ctx, input.campaignId);
    const answers = await campaignAnswersOf(ctx.db, { campaignId: input.campaignId, organisationId: ctx.organisationId });
    return { ...invitation, state: campaignState(invitation.campaign, calendarDayOf(new Date())), answers };
  }),

  /**
   * Contact persons of an invited organisation, while the campaign runs: register needs in the asked
   * categories as answers (they join the register with the campaign set) and mark the organisation as
   * having answered. Submitting no needs is an answer too.
   */
  answer: memberInClusterProcedure.input(campaignAnswerInput).mutation(async ({ ctx, input }) => {
    const { campaign } = await invitedCampaign(ctx, input.campaignId);
    assertOpen(campaign, calendarDayOf(new Date()));
    if (input.answers.some((answer) => !campaign.categories.includes(answer.category))) {
      throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.categoryNotAsked });
    }
    const ids = await recordCampaignAnswer(ctx.db, {
      campaignId: campaign.id,
      clusterId: ctx.clusterId,
      organisationId: ctx.organisationId,
      answers: input.answers,
      userId: ctx.userId,
    });
    await auditNeed(ctx, "created", ids, { organisationId: ctx.organisationId, campaignId: campaign.id });
    return { registered: ids.length };
  }),
});

type MemberContext = { db: Database; clusterId: string; organisationId: string };

/** The caller's organisation's invitation to a campaign of the acting cluster; another cluster's campaign is NOT_FOUND. */
async function invitedCampaign(ctx: MemberContext, campaignId: string) {
  const invitation = await findCampaignInvitation(ctx.db, { campaignId, clusterId: ctx.clusterId, organisationId: ctx.organisationId });
  if (invitation) return invitation;
  if (await findCampaign(ctx.db, { campaignId, clusterId: ctx.clusterId })) {
    throw new TRPCError({ code: "FORBIDDEN", message: errorMessages.campaignNotInvited });
  }
  throw notFound();
}

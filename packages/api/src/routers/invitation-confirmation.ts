import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import {
  confirmInvitation,
  contactPersonEmails,
  createToken,
  type Database,
  declineInvitation,
  findClusterById,
  findInvitationForConfirmation,
  findUserById,
  invitationOrganisation,
  listAwaitingConfirmation,
  recordAudit,
} from "@clusterwerk/db";
import { errorMessages, pagination } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { adminProcedure, contactPersonOfRecordProcedure, memberProcedure } from "../trpc";

/** Mails the invitee the link that accepts the invitation. */
export async function mailInvitation(db: Database, params: { to: string; clusterId: string; token: string }): Promise<void> {
  const cluster = await findClusterById(db, params.clusterId);
  await sendMail(db, {
    to: params.to,
    subject: `Einladung zu ${cluster?.name ?? "Clusterwerk"} / invitation`,
    text: `Sie wurden eingeladen / you have been invited:\n${publicLink(`/invitation/${params.token}`)}`,
  });
}

/** Tells the organisation's contact persons that a new contact person awaits their confirmation. */
export async function askContactPersons(db: Database, organisationId: string): Promise<void> {
  for (const to of await contactPersonEmails(db, organisationId)) {
    await sendMail(db, {
      to,
      subject: "Neue Ansprechperson bestätigen / confirm a new contact person",
      text:
        "Eine neue Ansprechperson Ihrer Organisation wartet auf Ihre Bestätigung / " +
        `a new contact person of your organisation awaits your confirmation:\n${publicLink(`/organisation/${organisationId}`)}`,
    });
  }
}

/**
 * Confirming and declining an invitation of a new contact person (docs/DOMAIN.md §1 "People and roles"):
 * the organisation's existing contact persons decide, or the platform admin. Spread into the invitation router.
 */
export const invitationConfirmationProcedures = {
  /** Contact persons of the organisation: invitations of new contact persons that await their confirmation, oldest first. */
  confirmations: memberProcedure
    .input(z.object(pagination))
    .query(({ ctx, input }) => listAwaitingConfirmation(ctx.db, { ...input, organisationId: ctx.organisationId })),

  /** Admins: every invitation that awaits confirmation, oldest first. */
  confirmationQueue: adminProcedure.input(z.object(pagination)).query(({ ctx, input }) => listAwaitingConfirmation(ctx.db, input)),

  /**
   * Contact persons of the invitation's organisation, or the admin: confirm it, which mails the invitee a
   * fresh link. Nobody confirms an invitation they sent or that is addressed to them (four eyes).
   */
  confirm: contactPersonOfRecordProcedure("invitationId", invitationOrganisation).mutation(async ({ ctx, input }) => {
    const [invitation, confirmer] = await Promise.all([
      findInvitationForConfirmation(ctx.db, input.invitationId),
      findUserById(ctx.db, ctx.userId),
    ]);
    if (!invitation || !confirmer) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.notFound });
    if (invitation.invitedBy === ctx.userId || invitation.email === confirmer.email) {
      throw new TRPCError({ code: "FORBIDDEN", message: errorMessages.confirmOwnInvitation });
    }
    const { token, tokenHash } = createToken();
    const confirmed = await confirmInvitation(ctx.db, { id: input.invitationId, confirmedBy: ctx.userId, tokenHash });
    if (!confirmed) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.notAwaitingConfirmation });
    await mailInvitation(ctx.db, { to: confirmed.email, clusterId: confirmed.clusterId, token });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "invitation.confirmed",
      entity: "invitation",
      entityId: confirmed.id,
      clusterId: confirmed.clusterId,
      details: { organisationId: ctx.organisationId, asAdmin: ctx.asAdmin },
    });
    return { id: confirmed.id, state: "pending" as const };
  }),

  /** Contact persons of the invitation's organisation, or the admin: decline it; it can then never be accepted. */
  decline: contactPersonOfRecordProcedure("invitationId", invitationOrganisation).mutation(async ({ ctx, input }) => {
    const declined = await declineInvitation(ctx.db, { id: input.invitationId, declinedBy: ctx.userId });
    if (!declined) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.notAwaitingConfirmation });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "invitation.declined",
      entity: "invitation",
      entityId: declined.id,
      clusterId: declined.clusterId,
      details: { organisationId: ctx.organisationId, asAdmin: ctx.asAdmin },
    });
    return { id: declined.id, state: "declined" as const };
  }),
};

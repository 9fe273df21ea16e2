import {
  createInvitation,
  createToken,
  findUserByEmail,
  invitationCluster,
  isOrganisationInCluster,
  listClusterOrganisations,
  listInvitations,
  needsContactPersonConfirmation,
  recordAudit,
  revokeInvitation,
} from "@clusterwerk/db";
import { createInvitationInput, errorMessages, invitationSortKeys, pagination, sortInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { enforceLimits } from "../limits";
import { createTRPCRouter, managerOfRecordProcedure, managerProcedure } from "../trpc";
import { askContactPersons, invitationConfirmationProcedures, mailInvitation } from "./invitation-confirmation";

export const invitationRouter = createTRPCRouter({
  /**
   * Managers of the cluster: invite a contact person of a member organisation by email. When the
   * organisation already has a contact person or another cluster, the invitation awaits confirmation and
   * is not mailed (docs/DOMAIN.md §1 "People and roles"); its first token is never sent. Limited per
   * manager and per invited address (limits.ts), so the portal cannot be used to mail people in bulk.
   * An anonymised account's address is refused.
   */
  create: managerProcedure.input(createInvitationInput).mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      ["invitePerManager", ctx.userId],
      ["invitePerEmail", input.email],
    ]);
    if (!(await isOrganisationInCluster(ctx.db, input.organisationId, ctx.clusterId))) {
      throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.organisationNotFound });
    }
    // A deleted account stays as the anonymised person (docs/DATA-RIGHTS.md): its address takes no invitation.
    if ((await findUserByEmail(ctx.db, input.email))?.anonymisedAt) {
      throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.accountAnonymised });
    }
    const needsConfirmation = await needsContactPersonConfirmation(ctx.db, input.organisationId, ctx.clusterId);
    const { token, tokenHash } = createToken();
    const invitation = await createInvitation(ctx.db, { ...input, invitedBy: ctx.userId, tokenHash, needsConfirmation });
    if (!invitation) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: errorMessages.internal });
    if (needsConfirmation) await askContactPersons(ctx.db, input.organisationId);
    else await mailInvitation(ctx.db, { to: invitation.email, clusterId: ctx.clusterId, token });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "invitation.created",
      entity: "invitation",
      entityId: invitation.id,
      clusterId: ctx.clusterId,
      details: { email: invitation.email, organisationId: input.organisationId, needsConfirmation },
    });
    return {
      id: invitation.id,
      email: invitation.email,
      state: needsConfirmation ? ("awaitingConfirmation" as const) : ("pending" as const),
    };
  }),

  /** Managers of the cluster: its invitations, newest first. */
  list: managerProcedure
    .input(z.object({ ...pagination, ...sortInput(invitationSortKeys) }))
    .query(({ ctx, input }) => listInvitations(ctx.db, { ...input, clusterId: ctx.clusterId })),

  /** Managers of the cluster that owns the invitation: withdraw it while pending or awaiting confirmation. */
  revoke: managerOfRecordProcedure("invitationId", invitationCluster).mutation(async ({ ctx, input }) => {
    const revoked = await revokeInvitation(ctx.db, { id: input.invitationId, clusterId: ctx.clusterId });
    if (!revoked) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.invitationNotPending });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "invitation.revoked",
      entity: "invitation",
      entityId: input.invitationId,
      clusterId: ctx.clusterId,
    });
    return revoked;
  }),

  /** Managers of the cluster: the organisations a contact person can be invited for. */
  organisations: managerProcedure.query(({ ctx }) => listClusterOrganisations(ctx.db, ctx.clusterId)),

  ...invitationConfirmationProcedures,
});

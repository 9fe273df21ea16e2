import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import {
  createInvitation,
  createToken,
  findClusterById,
  isOrganisationInCluster,
  listClusterOrganisations,
  listInvitations,
  recordAudit,
  revokeInvitation,
} from "@clusterwerk/db";
import { createInvitationInput, pagination, revokeInvitationInput } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, managerProcedure } from "../trpc";

export const invitationRouter = createTRPCRouter({
  /** Managers of the cluster: invite a contact person of a member organisation by email. */
  create: managerProcedure.input(createInvitationInput).mutation(async ({ ctx, input }) => {
    if (!(await isOrganisationInCluster(ctx.db, input.organisationId, ctx.clusterId))) {
      throw new TRPCError({ code: "NOT_FOUND", message: "Organisation not found." });
    }
    const cluster = await findClusterById(ctx.db, ctx.clusterId);
    const { token, tokenHash } = createToken();
    const invitation = await createInvitation(ctx.db, { ...input, invitedBy: ctx.userId, tokenHash });
    if (!invitation) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "The invitation could not be saved." });
    await sendMail(ctx.db, {
      to: invitation.email,
      subject: `Einladung zu ${cluster?.name ?? "Clusterwerk"} / invitation`,
      text: `Sie wurden eingeladen / you have been invited:\n${publicLink(`/invitation/${token}`)}`,
    });
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "invitation.created",
      entity: "invitation",
      entityId: invitation.id,
      clusterId: ctx.clusterId,
      details: { email: invitation.email },
    });
    return { id: invitation.id, email: invitation.email };
  }),

  /** Managers of the cluster: its invitations, newest first. */
  list: managerProcedure
    .input(z.object(pagination))
    .query(({ ctx, input }) => listInvitations(ctx.db, { ...input, clusterId: ctx.clusterId })),

  /** Managers of the cluster: withdraw a pending invitation. */
  revoke: managerProcedure.input(revokeInvitationInput).mutation(async ({ ctx, input }) => {
    const revoked = await revokeInvitation(ctx.db, { id: input.invitationId, clusterId: ctx.clusterId });
    if (!revoked) throw new TRPCError({ code: "NOT_FOUND", message: "Invitation not found or no longer pending." });
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
});

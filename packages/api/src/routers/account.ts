import { hashPassword } from "@clusterwerk/auth/password";
import { publicLink, sendMail } from "@clusterwerk/auth/mail";
import {
  acceptInvitation,
  consumePasswordResetToken,
  createPasswordResetToken,
  createToken,
  findInvitationByToken,
  findUserByEmail,
  hitRateLimit,
  recordAudit,
} from "@clusterwerk/db";
import {
  acceptInvitationInput,
  errorMessages,
  type ErrorMessage,
  invitationTokenInput,
  requestPasswordResetInput,
  resetPasswordInput,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** Reset mails per address, and reset requests per client address, in one hour. */
const RESET_LIMITS = { perEmail: 5, perIp: 20 };
/** Why an invitation that is not pending cannot be accepted (the accept page says which). */
const tokenStateMessages: Partial<Record<string, ErrorMessage>> = {
  accepted: errorMessages.tokenAccepted,
  expired: errorMessages.tokenExpired,
  revoked: errorMessages.tokenRevoked,
  declined: errorMessages.tokenDeclined,
  awaitingConfirmation: errorMessages.tokenAwaitingConfirmation,
};

export const accountRouter = createTRPCRouter({
  /**
   * Anyone: who am I and which roles do I hold (for navigation, the cluster switcher and page guards);
   * null for a guest or a session that has ended. The portal reads its viewer only through this.
   */
  me: publicProcedure.query(({ ctx }) => ctx.loadViewer()),

  /**
   * Anyone: mails a reset link when the account exists. The answer is the same either way, so the
   * form reveals no accounts; requests are rate-limited per email and per client address.
   */
  requestPasswordReset: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    const [perEmail, perIp] = await Promise.all([
      hitRateLimit(ctx.db, `reset:email:${input.email}`, RESET_LIMITS.perEmail, 3600),
      ctx.ip ? hitRateLimit(ctx.db, `reset:ip:${ctx.ip}`, RESET_LIMITS.perIp, 3600) : Promise.resolve({ allowed: true }),
    ]);
    const user = perEmail.allowed && perIp.allowed ? await findUserByEmail(ctx.db, input.email) : null;
    if (user && !user.disabledAt) {
      const { token, tokenHash } = createToken();
      await createPasswordResetToken(ctx.db, user.id, tokenHash);
      await sendMail(ctx.db, {
        to: user.email,
        subject: "Clusterwerk: Passwort zurücksetzen / reset your password",
        text: `Neues Passwort setzen / set a new password (60 min):\n${publicLink(`/reset-password/${token}`)}`,
      });
      await recordAudit(ctx.db, { actorUserId: null, action: "password-reset.requested", entity: "user", entityId: user.id });
    }
    return { ok: true as const };
  }),

  /** Anyone with a valid reset token: sets a new password; the token works once. */
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    const result = await consumePasswordResetToken(ctx.db, { token: input.token, passwordHash: await hashPassword(input.password) });
    if (!result) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.tokenInvalid });
    await recordAudit(ctx.db, { actorUserId: result.userId, action: "password-reset.completed", entity: "user", entityId: result.userId });
    return { ok: true as const };
  }),

  /** Anyone with the link: what the invitation is for and whether it can still be accepted. */
  invitation: publicProcedure.input(invitationTokenInput).query(async ({ ctx, input }) => {
    const invitation = await findInvitationByToken(ctx.db, input.token);
    if (!invitation) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.tokenInvalid });
    return {
      email: invitation.email,
      name: invitation.name,
      clusterName: invitation.clusterName,
      organisationName: invitation.organisationName,
      state: invitation.state,
    };
  }),

  /** Anyone with a pending invitation link: sets name and password and receives the member role. */
  acceptInvitation: publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
    const invitation = await findInvitationByToken(ctx.db, input.token);
    if (!invitation || invitation.state !== "pending") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: (invitation && tokenStateMessages[invitation.state]) ?? errorMessages.tokenInvalid,
      });
    }
    const result = await acceptInvitation(ctx.db, {
      token: input.token,
      name: input.name,
      passwordHash: await hashPassword(input.password),
    });
    if (!result) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.tokenInvalid });
    await recordAudit(ctx.db, {
      actorUserId: result.userId,
      action: "invitation.accepted",
      entity: "invitation",
      entityId: invitation.id,
      clusterId: result.clusterId,
    });
    return { email: invitation.email };
  }),
});

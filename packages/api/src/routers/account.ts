import { hashPassword, verifyPassword } from "@clusterwerk/auth/password";
import { isBreachedPassword } from "@clusterwerk/auth/password-policy";
import {
  acceptInvitation,
  changePassword,
  consumePasswordResetToken,
  findInvitationByToken,
  findPasswordResetUser,
  findUserById,
  hashToken,
  recordAudit,
} from "@clusterwerk/db";
import {
  acceptInvitationInput,
  changePasswordInput,
  errorMessages,
  type ErrorMessage,
  invitationTokenInput,
  requestPasswordResetInput,
  resetPasswordInput,
  validationMessages,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { mailPasswordChanged, mailResetLink } from "../account-mail";
import { fieldError } from "../field-error";
import { enforceLimits, withinLimit } from "../limits";
import { createTRPCRouter, protectedProcedure, publicProcedure } from "../trpc";

/** Why an invitation that is not pending cannot be accepted (the accept page says which). */
const tokenStateMessages: Partial<Record<string, ErrorMessage>> = {
  accepted: errorMessages.tokenAccepted,
  expired: errorMessages.tokenExpired,
  revoked: errorMessages.tokenRevoked,
  declined: errorMessages.tokenDeclined,
  awaitingConfirmation: errorMessages.tokenAwaitingConfirmation,
};

/** A listed password is refused on its field (OWASP ASVS 4.0.3 V2.1.7). */
function refuseBreached(password: string): void {
  if (isBreachedPassword(password)) throw fieldError("password", validationMessages.passwordBreached);
}

export const accountRouter = createTRPCRouter({
  /**
   * Anyone: who am I and which roles do I hold (for navigation, the cluster switcher and page guards);
   * null for a guest or a session that has ended. The portal reads its viewer only through this.
   */
  me: publicProcedure.query(async ({ ctx }) => {
    const viewer = await ctx.loadViewer();
    return viewer ? { userId: viewer.userId, roles: viewer.roles } : null;
  }),

  /**
   * Anyone: mails a reset link when the account exists. The answer is the same either way, and so is the
   * work before it (the two rate-limit counters): looking the account up, making the token and the mail
   * happen after the answer (`ctx.defer`), so neither answer nor timing reveals accounts.
   */
  requestPasswordReset: publicProcedure.input(requestPasswordResetInput).mutation(async ({ ctx, input }) => {
    const [perEmail, perIp] = await Promise.all([
      withinLimit(ctx.db, "resetRequestPerEmail", input.email),
      withinLimit(ctx.db, "resetRequestPerIp", ctx.ip),
    ]);
    if (perEmail && perIp) ctx.defer(() => mailResetLink(ctx.db, input.email));
    return { ok: true as const };
  }),

  /**
   * Anyone with a valid reset link: sets a new password; the link works once, and the account's other
   * links and sessions end. The link is checked before the password is hashed, and attempts are limited
   * per client address and per link, so nobody makes the server hash for free.
   */
  resetPassword: publicProcedure.input(resetPasswordInput).mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      ["resetPerIp", ctx.ip],
      ["resetPerToken", hashToken(input.token)],
    ]);
    if (!(await findPasswordResetUser(ctx.db, input.token)))
      throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.tokenInvalid });
    refuseBreached(input.password);
    const result = await consumePasswordResetToken(ctx.db, { token: input.token, passwordHash: await hashPassword(input.password) });
    if (!result) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.tokenInvalid });
    await recordAudit(ctx.db, { actorUserId: result.userId, action: "password-reset.completed", entity: "user", entityId: result.userId });
    ctx.defer(() => mailPasswordChanged(ctx.db, result.userId));
    return { ok: true as const };
  }),

  /**
   * Any signed-in person: changes their own password after giving the current one. Their other sessions
   * and open reset links end, and a notice goes to their address.
   */
  changePassword: protectedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [["changePerAccount", ctx.userId]]);
    const user = await findUserById(ctx.db, ctx.userId);
    if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw fieldError("currentPassword", validationMessages.currentPasswordWrong);
    }
    refuseBreached(input.password);
    await changePassword(ctx.db, { userId: ctx.userId, sessionId: ctx.sessionId, passwordHash: await hashPassword(input.password) });
    await recordAudit(ctx.db, { actorUserId: ctx.userId, action: "password.changed", entity: "user", entityId: ctx.userId });
    ctx.defer(() => mailPasswordChanged(ctx.db, ctx.userId));
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

  /**
   * Anyone with a pending invitation link: sets name and password and receives the member role. The link
   * is checked before the password is hashed; attempts are limited per client address and per link.
   */
  acceptInvitation: publicProcedure.input(acceptInvitationInput).mutation(async ({ ctx, input }) => {
    await enforceLimits(ctx.db, [
      ["acceptPerIp", ctx.ip],
      ["acceptPerToken", hashToken(input.token)],
    ]);
    const invitation = await findInvitationByToken(ctx.db, input.token);
    if (!invitation || invitation.state !== "pending") {
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: (invitation && tokenStateMessages[invitation.state]) ?? errorMessages.tokenInvalid,
      });
    }
    refuseBreached(input.password);
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

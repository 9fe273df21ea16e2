import { verifyPassword } from "@clusterwerk/auth/password";
import {
  anonymiseOrganisation,
  anonymisePerson,
  consentLedgerOf,
  type Database,
  findOrganisationById,
  findUserById,
  hitRateLimit,
  isLastAdmin,
  listConsentLedger,
  normaliseEmail,
  organisationData,
  pendingOrganisationDeletions,
  personData,
  recordAudit,
  requestOrganisationDeletion,
} from "@clusterwerk/db";
import {
  anonymiseOrganisationInput,
  consentLedgerListInput,
  deleteAccountInput,
  errorMessages,
  type ErrorMessage,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { accountDeletedNotice, mailPlatformAdmins, organisationDeletionRequestedNotice } from "../data-rights/admin-notice";
import { dataArchive } from "../data-rights/archive";
import { adminProcedure, contactPersonOfRecordProcedure, createTRPCRouter, memberProcedure, protectedProcedure } from "../trpc";

/** Password checks for deleting an account, per account in 15 minutes: a signed-in session must not become a guessing oracle. */
const DELETE_ACCOUNT_LIMIT = { attempts: 5, windowSeconds: 15 * 60 };

const badRequest = (message: ErrorMessage) => new TRPCError({ code: "BAD_REQUEST", message });

/** Any organisation that exists (anonymised ones too: the admin may still export what is left of them). */
const organisationOwner = async (db: Database, id: string) => (await findOrganisationById(db, id))?.id ?? null;

const today = (now: Date) => now.toISOString().slice(0, 10);

export const dataRightsRouter = createTRPCRouter({
  /** Any signed-in person: everything held about themselves, as a zip archive of JSON and CSV (GDPR Art. 15, 20). */
  exportMine: protectedProcedure.query(async ({ ctx }) => {
    const now = new Date();
    const archive = dataArchive(await personData(ctx.db, ctx.userId), { kind: "person", id: ctx.userId, createdAt: now });
    await recordAudit(ctx.db, { actorUserId: ctx.userId, action: "data.exported", entity: "user", entityId: ctx.userId });
    return { fileName: `clusterwerk-my-data-${today(now)}.zip`, archive };
  }),

  /** Contact persons of the organisation, or the platform admin: everything held about it, as a zip archive. */
  exportOrganisation: contactPersonOfRecordProcedure("organisationId", organisationOwner).query(async ({ ctx }) => {
    const now = new Date();
    const sections = await organisationData(ctx.db, ctx.organisationId);
    const archive = dataArchive(sections, { kind: "organisation", id: ctx.organisationId, createdAt: now });
    await recordAudit(ctx.db, { actorUserId: ctx.userId, action: "data.exported", entity: "organisation", entityId: ctx.organisationId });
    return { fileName: `clusterwerk-organisation-${ctx.organisationId.slice(0, 8)}-${today(now)}.zip`, archive };
  }),

  /**
   * Any signed-in person except the last platform admin: deletes their own account by anonymising it
   * (docs/DATA-RIGHTS.md). They type their email address and give their password; checks are rate-limited.
   * The platform admins get a mail naming the anonymised account, and the audit entry says how many.
   */
  deleteMyAccount: protectedProcedure.input(deleteAccountInput).mutation(async ({ ctx, input }) => {
    const user = await findUserById(ctx.db, ctx.userId);
    if (!user) throw new TRPCError({ code: "UNAUTHORIZED", message: errorMessages.signInRequired });
    const limit = await hitRateLimit(
      ctx.db,
      `delete-account:${ctx.userId}`,
      DELETE_ACCOUNT_LIMIT.attempts,
      DELETE_ACCOUNT_LIMIT.windowSeconds,
    );
    if (!limit.allowed) throw new TRPCError({ code: "TOO_MANY_REQUESTS", message: errorMessages.tooManyAttempts });
    if (normaliseEmail(input.confirmation) !== user.email) throw badRequest(errorMessages.deletionNotConfirmed);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.password))) throw badRequest(errorMessages.wrongPassword);
    if (await isLastAdmin(ctx.db, ctx.userId)) throw badRequest(errorMessages.lastAdmin);
    await anonymisePerson(ctx.db, ctx.userId);
    const adminsNotified = await mailPlatformAdmins(ctx.db, accountDeletedNotice(ctx.userId));
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "account.deleted",
      entity: "user",
      entityId: ctx.userId,
      details: { adminsNotified },
    });
    return { ok: true as const };
  }),

  /** Contact persons of the organisation: its consent ledger, every grant and withdrawal with who and when, newest first. */
  consentLedger: memberProcedure.query(({ ctx }) => consentLedgerOf(ctx.db, ctx.organisationId)),

  /**
   * Contact persons of the organisation: ask the platform admin to anonymise it (the admin confirms; docs/DATA-RIGHTS.md).
   * The first request mails the platform admins; a repeated one keeps the first date and mails nobody.
   */
  requestOrganisationDeletion: memberProcedure.mutation(async ({ ctx }) => {
    const first = await requestOrganisationDeletion(ctx.db, ctx.organisationId, ctx.userId);
    const organisation = first ? await findOrganisationById(ctx.db, ctx.organisationId) : null;
    const adminsNotified = organisation ? await mailPlatformAdmins(ctx.db, organisationDeletionRequestedNotice(organisation.name)) : 0;
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "organisation.deletion-requested",
      entity: "organisation",
      entityId: ctx.organisationId,
      details: { adminsNotified },
    });
    return { ok: true as const };
  }),

  /** Platform admins: organisations whose contact persons asked for deletion, oldest request first. */
  deletionRequests: adminProcedure.query(({ ctx }) => pendingOrganisationDeletions(ctx.db)),

  /** Platform admins: anonymise an organisation, typing its current name as confirmation; figures stay as they were. */
  anonymiseOrganisation: adminProcedure.input(anonymiseOrganisationInput).mutation(async ({ ctx, input }) => {
    const organisation = await findOrganisationById(ctx.db, input.organisationId);
    if (!organisation || organisation.anonymisedAt) throw new TRPCError({ code: "NOT_FOUND", message: errorMessages.organisationNotFound });
    if (input.confirmation !== organisation.name) throw badRequest(errorMessages.deletionNotConfirmed);
    await anonymiseOrganisation(ctx.db, organisation.id, ctx.userId);
    await recordAudit(ctx.db, {
      actorUserId: ctx.userId,
      action: "organisation.anonymised",
      entity: "organisation",
      entityId: organisation.id,
    });
    return { ok: true as const };
  }),

  /** Platform admins: the consent ledger of every organisation, newest first. */
  platformConsentLedger: adminProcedure.input(consentLedgerListInput).query(({ ctx, input }) => listConsentLedger(ctx.db, input)),
});

import {
  changeOwnProfile,
  createProfile,
  findProfileFor,
  listMatchableProfiles,
  listOwnProfiles,
  type ProfileChange,
} from "@clusterwerk/db";
import {
  cooperationProfileInput,
  errorMessages,
  id,
  pagination,
  profileExpiry,
  profileFilters,
  profileSortKeys,
  searchTerm,
  sortInput,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { sendProfileExpiryReminders } from "../cooperation/profile-reminders";
import { checkProfileTerms } from "../cooperation/profile-terms";
import { adminProcedure, createTRPCRouter, memberInClusterProcedure, notFound } from "../trpc";

const listInput = z.object({ search: searchTerm, ...profileFilters, ...pagination, ...sortInput(profileSortKeys) });

type ChangeContext = Parameters<typeof changeOwnProfile>[0];

/** Applies a change to one of the caller's profiles: another's is NOT_FOUND, a status that forbids it BAD_REQUEST. */
async function change(db: ChangeContext, viewer: { clusterId: string; organisationId: string }, profileId: string, what: ProfileChange) {
  const outcome = await changeOwnProfile(db, { profileId, viewer, change: what });
  if (outcome === "missing") throw notFound();
  if (outcome === "state") throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.profileStateChanged });
  return { id: profileId };
}

/** Cooperation profiles (DOMAIN.md §5.1): offers and requests of a member organisation in one cluster. */
export const cooperationRouter = createTRPCRouter({
  /** Contact persons of the organisation acting in the cluster: its own profiles there, every status. */
  mine: memberInClusterProcedure
    .input(listInput)
    .query(({ ctx, input }) =>
      listOwnProfiles(ctx.db, { ...input, viewer: { clusterId: ctx.clusterId, organisationId: ctx.organisationId } }),
    ),

  /** Contact persons of the organisation acting in the cluster: the other organisations' profiles it may be matched with (§5.2). */
  browse: memberInClusterProcedure.input(listInput).query(({ ctx, input }) =>
    listMatchableProfiles(ctx.db, {
      ...input,
      viewer: { clusterId: ctx.clusterId, organisationId: ctx.organisationId },
      asOf: calendarDayOf(new Date()),
    }),
  ),

  /** Contact persons of the organisation acting in the cluster: one profile it owns or may be matched with (else NOT_FOUND). */
  get: memberInClusterProcedure.input(z.object({ profileId: id })).query(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const profile = await findProfileFor(ctx.db, { profileId: input.profileId, viewer, asOf: calendarDayOf(new Date()) });
    if (!profile) throw notFound();
    return { profile, own: profile.organisationId === ctx.organisationId && profile.clusterId === ctx.clusterId };
  }),

  /** Contact persons of the organisation acting in the cluster: a new draft profile (tags and NACE codes from the taxonomy). */
  create: memberInClusterProcedure.input(cooperationProfileInput).mutation(async ({ ctx, input }) => {
    const { clusterId, organisationId, ...fields } = input;
    await checkProfileTerms(ctx.db, fields);
    const profileId = await createProfile(ctx.db, { viewer: { clusterId, organisationId }, fields, createdBy: ctx.userId });
    if (!profileId) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: errorMessages.internal });
    return { id: profileId };
  }),

  /** Contact persons of the organisation acting in the cluster: edit one of its draft or published profiles. */
  update: memberInClusterProcedure.input(cooperationProfileInput.extend({ profileId: id })).mutation(async ({ ctx, input }) => {
    const { clusterId, organisationId, profileId, ...fields } = input;
    await checkProfileTerms(ctx.db, fields);
    return change(ctx.db, { clusterId, organisationId }, profileId, { kind: "edit", fields });
  }),

  /** Contact persons of the organisation acting in the cluster: publish a draft, so it is matched (§5.2). */
  publish: memberInClusterProcedure
    .input(z.object({ profileId: id }))
    .mutation(({ ctx, input }) => change(ctx.db, ctx, input.profileId, { kind: "publish" })),

  /** Contact persons of the organisation acting in the cluster: close a profile (kept, no longer matched). */
  close: memberInClusterProcedure
    .input(z.object({ profileId: id }))
    .mutation(({ ctx, input }) => change(ctx.db, ctx, input.profileId, { kind: "close" })),

  /** Contact persons of the organisation acting in the cluster: a new expiry for a published or closed profile, published again. */
  renew: memberInClusterProcedure
    .input(z.object({ profileId: id, validUntil: profileExpiry }))
    .mutation(({ ctx, input }) => change(ctx.db, ctx, input.profileId, { kind: "renew", validUntil: input.validUntil })),

  /** Platform admins (and the scheduled job, which calls `sendProfileExpiryReminders` directly): mails contact persons before a profile expires. */
  sendExpiryReminders: adminProcedure.mutation(({ ctx }) => sendProfileExpiryReminders(ctx.db, new Date())),
});

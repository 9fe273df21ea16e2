import { expressInterest, findClusterById, matchableAmong, profileOwner, withdrawInterest } from "@clusterwerk/db";
import { errorMessages, id } from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { notifyOrganisation } from "../cooperation/meeting-notices";
import { ownMatchableProfile } from "../cooperation/ranked-matches";
import { createTRPCRouter, memberInClusterProcedure, notFound } from "../trpc";

const pair = z.object({ profileId: id, targetProfileId: id });

/** "Express interest" in a match, the step before a meeting request (DOMAIN.md §5.4). */
export const cooperationInterestRouter = createTRPCRouter({
  /**
   * Contact persons of the organisation acting in the cluster: interest from one of its published profiles in a
   * profile it may see (`profileMatchableBy`, §5.2 — a hidden one is NOT_FOUND), never its own organisation's,
   * once per pair. The other organisation's contact persons are notified in the portal and by mail.
   */
  express: memberInClusterProcedure.input(pair).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const asOf = calendarDayOf(new Date());
    const { profile, blocked } = await ownMatchableProfile(ctx.db, viewer, input.profileId, asOf);
    if (blocked) throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.profileStateChanged });
    const target = await profileOwner(ctx.db, input.targetProfileId);
    if (target?.organisationId === ctx.organisationId)
      throw new TRPCError({ code: "BAD_REQUEST", message: errorMessages.interestInOwnOrganisation });
    const [visible] = await matchableAmong(ctx.db, { profileIds: [input.targetProfileId], viewer, asOf });
    const targetCluster = target ? await findClusterById(ctx.db, target.clusterId) : null;
    if (!target || !visible || !targetCluster) throw notFound();
    const interestId = await expressInterest(ctx.db, {
      from: { ...viewer, profileId: profile.id },
      to: { clusterId: target.clusterId, organisationId: target.organisationId, profileId: target.id },
      createdBy: ctx.userId,
    });
    if (!interestId) throw new TRPCError({ code: "CONFLICT", message: errorMessages.interestExists });
    await notifyOrganisation(
      ctx.db,
      { clusterId: target.clusterId, organisationId: target.organisationId },
      {
        kind: "interest-expressed",
        subject: `${profile.organisationName}: ${visible.title}`,
        link: `/c/${targetCluster.slug}/cooperation/${target.id}`,
      },
    );
    return { id: interestId };
  }),

  /** Contact persons of the organisation acting in the cluster: withdraw its interest from one of its profiles in another (NOT_FOUND when there is none). */
  withdraw: memberInClusterProcedure.input(pair).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const withdrawn = await withdrawInterest(ctx.db, { viewer, fromProfileId: input.profileId, toProfileId: input.targetProfileId });
    if (!withdrawn) throw notFound(errorMessages.interestNotFound);
    return { withdrawn };
  }),
});

import {
  answerMeeting,
  findMeetingOf,
  findOwnProfile,
  listMeetingsOf,
  matchableAmong,
  profileOwner,
  recordMeetingAgreement,
  recordMeetingOutcome,
  requestCooperationMeeting,
} from "@clusterwerk/db";
import {
  errorMessages,
  type ErrorMessage,
  fromLocalDateTime,
  id,
  MEETING_TIME_ZONE,
  meetingAgreementFields,
  meetingAnswer,
  meetingFilters,
  meetingOutcomeInput,
  meetingRequestFields,
  meetingSortKeys,
  pagination,
  searchTerm,
  sortInput,
  validationMessages,
} from "@clusterwerk/validators";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { calendarDayOf } from "../calendar-day";
import { fieldError } from "../field-error";
import { notifyOtherSide } from "../cooperation/meeting-notices";
import { createTRPCRouter, memberInClusterProcedure, notFound } from "../trpc";

const stateChanged = (message: ErrorMessage = errorMessages.meetingStateChanged) => new TRPCError({ code: "BAD_REQUEST", message });

/** Reloads a meeting of the caller's after a change, to notify the other side. */
async function meetingOf(
  db: Parameters<typeof findMeetingOf>[0],
  viewer: { clusterId: string; organisationId: string },
  meetingId: string,
) {
  const meeting = await findMeetingOf(db, { meetingId, viewer });
  if (!meeting) throw notFound();
  return meeting;
}

/** From match to partnership (DOMAIN.md §5.4): meeting requests between matched profiles, answers, outcomes and agreements. */
export const cooperationMeetingRouter = createTRPCRouter({
  /** Contact persons of the organisation acting in the cluster: its meetings, asked and asking. */
  mine: memberInClusterProcedure
    .input(z.object({ search: searchTerm, ...meetingFilters, ...pagination, ...sortInput(meetingSortKeys) }))
    .query(({ ctx, input }) =>
      listMeetingsOf(ctx.db, { ...input, viewer: { clusterId: ctx.clusterId, organisationId: ctx.organisationId } }),
    ),

  /**
   * Contact persons of the organisation acting in the cluster: ask for a meeting from one of its profiles with a
   * profile it may see (`profileMatchableBy`, §5.2 — a hidden one is NOT_FOUND); never its own organisation.
   */
  request: memberInClusterProcedure.input(meetingRequestFields).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    if (!(await findOwnProfile(ctx.db, { profileId: input.profileId, viewer }))) throw notFound();
    const target = await profileOwner(ctx.db, input.targetProfileId);
    if (target?.organisationId === ctx.organisationId) throw fieldError("targetProfileId", validationMessages.meetingWithOwnOrganisation);
    const [visible] = await matchableAmong(ctx.db, { profileIds: [input.targetProfileId], viewer, asOf: calendarDayOf(new Date()) });
    if (!target || !visible) throw notFound();
    const meetingId = await requestCooperationMeeting(ctx.db, {
      requester: { ...viewer, profileId: input.profileId },
      target: { clusterId: target.clusterId, organisationId: target.organisationId, profileId: target.id },
      message: input.message,
      proposedTimes: input.proposedTimes.map((time) => fromLocalDateTime(time, MEETING_TIME_ZONE)),
      requestedBy: ctx.userId,
    });
    if (!meetingId) throw new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: errorMessages.internal });
    await notifyOtherSide(ctx.db, await meetingOf(ctx.db, viewer, meetingId), "requester", "meeting-requested");
    return { id: meetingId };
  }),

  /** Contact persons of the asked organisation (in the asked profile's cluster): accept at one of the proposed times, or decline. */
  respond: memberInClusterProcedure.input(meetingAnswer).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const meeting = await meetingOf(ctx.db, viewer, input.meetingId);
    const asked = meeting.targetClusterId === ctx.clusterId && meeting.targetOrganisationId === ctx.organisationId;
    if (!asked) throw notFound();
    let answer: { accept: true; time: Date } | { accept: false } = { accept: false };
    if (input.accept) {
      const time = meeting.proposedTimes[input.timeIndex];
      if (!time) throw fieldError("timeIndex", validationMessages.invalidChoice);
      if (time.getTime() <= Date.now()) throw fieldError("timeIndex", validationMessages.timeInPast);
      answer = { accept: true, time };
    }
    if (!(await answerMeeting(ctx.db, { meetingId: input.meetingId, viewer, answer }))) throw stateChanged();
    await notifyOtherSide(ctx.db, meeting, "target", input.accept ? "meeting-accepted" : "meeting-declined");
    return { id: input.meetingId };
  }),

  /** Contact persons of either organisation: held or no-show, once the accepted time has passed. */
  recordOutcome: memberInClusterProcedure.input(meetingOutcomeInput).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const meeting = await meetingOf(ctx.db, viewer, input.meetingId);
    const now = new Date();
    if (!(await recordMeetingOutcome(ctx.db, { meetingId: input.meetingId, viewer, outcome: input.outcome, now }))) {
      const early = meeting.status === "accepted" && meeting.chosenTime !== null && meeting.chosenTime > now;
      throw stateChanged(early ? errorMessages.meetingNotYetDue : errorMessages.meetingStateChanged);
    }
    await notifyOtherSide(ctx.db, meeting, actorOf(meeting, viewer), "meeting-outcome");
    return { id: input.meetingId };
  }),

  /** Contact persons of either organisation: the partnership agreement of a held meeting (type, date, note). */
  recordAgreement: memberInClusterProcedure.input(meetingAgreementFields).mutation(async ({ ctx, input }) => {
    const viewer = { clusterId: ctx.clusterId, organisationId: ctx.organisationId };
    const meeting = await meetingOf(ctx.db, viewer, input.meetingId);
    const recorded = await recordMeetingAgreement(ctx.db, {
      meetingId: input.meetingId,
      viewer,
      type: input.type,
      date: input.date,
      note: input.note,
    });
    if (!recorded) throw stateChanged();
    await notifyOtherSide(ctx.db, meeting, actorOf(meeting, viewer), "agreement-recorded");
    return { id: input.meetingId };
  }),

  /** Contact persons of either organisation: one meeting. */
  get: memberInClusterProcedure
    .input(z.object({ meetingId: id }))
    .query(({ ctx, input }) => meetingOf(ctx.db, { clusterId: ctx.clusterId, organisationId: ctx.organisationId }, input.meetingId)),
});

/** Which side the viewer is on (a meeting between two organisations of the same cluster has distinct organisations). */
function actorOf(
  meeting: { requesterClusterId: string; requesterOrganisationId: string },
  viewer: { clusterId: string; organisationId: string },
): "requester" | "target" {
  return meeting.requesterClusterId === viewer.clusterId && meeting.requesterOrganisationId === viewer.organisationId
    ? "requester"
    : "target";
}

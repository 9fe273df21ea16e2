import type { CooperationMeetingOutcome, CooperationMeetingStatus, PartnershipType } from "@clusterwerk/scoring/domain";
import type { MeetingSortKey, PageInput, SortParams } from "@clusterwerk/validators";
import { and, eq, lte, or, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../client";
import { clusters, cooperationMeetings, cooperationProfiles, organisations } from "../schema";
import { listOrder, listPage, searchCondition } from "./list";
import type { MatchViewer } from "./matchmaking-visibility";

const m = cooperationMeetings;
const requesterProfile = alias(cooperationProfiles, "requester_profile");
const targetProfile = alias(cooperationProfiles, "target_profile");
const requesterOrganisation = alias(organisations, "requester_organisation");
const targetOrganisation = alias(organisations, "target_organisation");
const requesterCluster = alias(clusters, "requester_cluster");
const targetCluster = alias(clusters, "target_cluster");

/** A profile's owner as a meeting needs it: the organisation and cluster it was made in. */
export async function profileOwner(db: Database, profileId: string) {
  const [row] = await db
    .select({ id: cooperationProfiles.id, clusterId: cooperationProfiles.clusterId, organisationId: cooperationProfiles.organisationId })
    .from(cooperationProfiles)
    .where(eq(cooperationProfiles.id, profileId))
    .limit(1);
  return row ?? null;
}

/** Stores a meeting request between two profiles (the caller has checked visibility, DOMAIN.md §5.2); returns its id. */
export async function requestCooperationMeeting(
  db: Database,
  params: {
    requester: MatchViewer & { profileId: string };
    target: MatchViewer & { profileId: string };
    message: string;
    proposedTimes: Date[];
    requestedBy: string;
  },
) {
  const [row] = await db
    .insert(m)
    .values({
      requesterProfileId: params.requester.profileId,
      requesterClusterId: params.requester.clusterId,
      requesterOrganisationId: params.requester.organisationId,
      targetProfileId: params.target.profileId,
      targetClusterId: params.target.clusterId,
      targetOrganisationId: params.target.organisationId,
      message: params.message,
      proposedTimes: params.proposedTimes,
      requestedBy: params.requestedBy,
    })
    .returning({ id: m.id });
  return row?.id ?? null;
}

/** The meeting is the viewer's: its organisation in that cluster requested it (`requester`) or was asked (`target`). */
function onSide(viewer: MatchViewer, which: "requester" | "target"): SQL {
  return which === "requester"
    ? (and(eq(m.requesterClusterId, viewer.clusterId), eq(m.requesterOrganisationId, viewer.organisationId)) as SQL)
    : (and(eq(m.targetClusterId, viewer.clusterId), eq(m.targetOrganisationId, viewer.organisationId)) as SQL);
}
const eitherSide = (viewer: MatchViewer) => or(onSide(viewer, "requester"), onSide(viewer, "target")) as SQL;

const meetingColumns = {
  id: m.id,
  status: m.status,
  message: m.message,
  proposedTimes: m.proposedTimes,
  chosenTime: m.chosenTime,
  agreementType: m.agreementType,
  agreementDate: m.agreementDate,
  agreementNote: m.agreementNote,
  createdAt: m.createdAt,
  requesterClusterId: m.requesterClusterId,
  requesterOrganisationId: m.requesterOrganisationId,
  requesterOrganisationName: requesterOrganisation.name,
  requesterProfileTitle: requesterProfile.title,
  requesterClusterSlug: requesterCluster.slug,
  targetClusterId: m.targetClusterId,
  targetOrganisationId: m.targetOrganisationId,
  targetOrganisationName: targetOrganisation.name,
  targetProfileTitle: targetProfile.title,
  targetClusterSlug: targetCluster.slug,
};

function meetingQuery(db: Database, where: SQL | undefined) {
  return db
    .select(meetingColumns)
    .from(m)
    .innerJoin(requesterProfile, eq(requesterProfile.id, m.requesterProfileId))
    .innerJoin(targetProfile, eq(targetProfile.id, m.targetProfileId))
    .innerJoin(requesterOrganisation, eq(requesterOrganisation.id, m.requesterOrganisationId))
    .innerJoin(targetOrganisation, eq(targetOrganisation.id, m.targetOrganisationId))
    .innerJoin(requesterCluster, eq(requesterCluster.id, m.requesterClusterId))
    .innerJoin(targetCluster, eq(targetCluster.id, m.targetClusterId))
    .where(where)
    .$dynamic();
}

export interface MeetingListParams extends PageInput, SortParams<MeetingSortKey> {
  search?: string | undefined;
  side?: "incoming" | "outgoing" | undefined;
  status?: CooperationMeetingStatus | undefined;
}

/** The viewer's meetings (asked and asking; search in organisations and profile titles), newest request first unless sorted otherwise. */
export function listMeetingsOf(db: Database, params: MeetingListParams & { viewer: MatchViewer }) {
  const scope =
    params.side === "incoming"
      ? onSide(params.viewer, "target")
      : params.side === "outgoing"
        ? onSide(params.viewer, "requester")
        : eitherSide(params.viewer);
  const search = searchCondition(params.search, [
    requesterOrganisation.name,
    targetOrganisation.name,
    requesterProfile.title,
    targetProfile.title,
  ]);
  return listPage(db, meetingQuery(db, and(scope, search, params.status ? eq(m.status, params.status) : undefined)), {
    page: params,
    orderBy: listOrder(params, {
      columns: { createdAt: m.createdAt, status: m.status, chosenTime: m.chosenTime },
      defaultSort: "createdAt",
      defaultDirection: "desc",
      tiebreak: m.id,
    }),
  });
}

/** One meeting of the viewer's (either side); null when missing or not theirs. */
export async function findMeetingOf(db: Database, params: { meetingId: string; viewer: MatchViewer }) {
  const [row] = await meetingQuery(db, and(eq(m.id, params.meetingId), eitherSide(params.viewer))).limit(1);
  return row ?? null;
}

/**
 * The asked side accepts at one of the proposed times, or declines; only while the request waits (the status
 * in the `where` makes two answers race safely: the second changes nothing). True when it was answered.
 */
export async function answerMeeting(
  db: Database,
  params: { meetingId: string; viewer: MatchViewer; answer: { accept: true; time: Date } | { accept: false } },
) {
  const now = new Date();
  const rows = await db
    .update(m)
    .set(
      params.answer.accept
        ? { status: "accepted", chosenTime: params.answer.time, respondedAt: now, updatedAt: now }
        : { status: "declined", respondedAt: now, updatedAt: now },
    )
    .where(and(eq(m.id, params.meetingId), onSide(params.viewer, "target"), eq(m.status, "requested")))
    .returning({ id: m.id });
  return rows.length > 0;
}

/** Either side records held or no-show on an accepted meeting whose time has passed (§5.4). True when recorded. */
export async function recordMeetingOutcome(
  db: Database,
  params: { meetingId: string; viewer: MatchViewer; outcome: CooperationMeetingOutcome; now: Date },
) {
  const rows = await db
    .update(m)
    .set({ status: params.outcome, outcomeAt: params.now, updatedAt: params.now })
    .where(and(eq(m.id, params.meetingId), eitherSide(params.viewer), eq(m.status, "accepted"), lte(m.chosenTime, params.now)))
    .returning({ id: m.id });
  return rows.length > 0;
}

/** Either side records the partnership agreement of a held meeting (§5.4); a second record replaces the first. */
export async function recordMeetingAgreement(
  db: Database,
  params: { meetingId: string; viewer: MatchViewer; type: PartnershipType; date: string; note: string | null },
) {
  const now = new Date();
  const rows = await db
    .update(m)
    .set({ agreementType: params.type, agreementDate: params.date, agreementNote: params.note, agreementRecordedAt: now, updatedAt: now })
    .where(and(eq(m.id, params.meetingId), eitherSide(params.viewer), eq(m.status, "held")))
    .returning({ id: m.id });
  return rows.length > 0;
}

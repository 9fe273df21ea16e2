import { type Database, requestCooperationMeeting, schema } from "@clusterwerk/db";
import type { CooperationMeetingStatus } from "@clusterwerk/scoring/domain";
import { toLocalDateTime } from "@clusterwerk/validators";
import { eq } from "drizzle-orm";
import { matchMember, profileIn } from "./cooperation-fixtures";

const HOUR_MS = 3_600_000;

/** A `datetime-local` value `hours` from now in the portal's zone (a meeting form's input). */
export function meetingTimeIn(hours: number): string {
  return toLocalDateTime(new Date(Date.now() + hours * HOUR_MS), "Europe/Berlin");
}

/**
 * A meeting between a published profile of `scope`'s organisation and one of a fresh member of the same
 * cluster, written straight to the database at `status` (accepted and later at a time `hoursFromNow` away).
 * `asked` puts `scope` on the asked side. Returns the meeting's id.
 */
export async function meetingWith(
  db: Database,
  scope: { clusterId: string; organisationId: string; userId: string },
  options: { status?: CooperationMeetingStatus; asked?: boolean; hoursFromNow?: number } = {},
) {
  const other = await matchMember(db, scope.clusterId);
  const ownProfile = await profileIn(db, scope, { published: true });
  const otherProfile = await profileIn(db, other, { published: true, type: "TO" });
  const mine = { clusterId: scope.clusterId, organisationId: scope.organisationId, profileId: ownProfile };
  const theirs = { clusterId: other.clusterId, organisationId: other.organisationId, profileId: otherProfile };
  const time = new Date(Date.now() + (options.hoursFromNow ?? 48) * HOUR_MS);
  const meetingId = await requestCooperationMeeting(db, {
    requester: options.asked ? theirs : mine,
    target: options.asked ? mine : theirs,
    message: "Shall we talk about sensors?",
    proposedTimes: [time],
    requestedBy: options.asked ? other.userId : scope.userId,
  });
  if (!meetingId) throw new Error("meeting not created");
  const status = options.status ?? "requested";
  if (status !== "requested") {
    const chosenTime = status === "declined" ? null : time;
    await db.update(schema.cooperationMeetings).set({ status, chosenTime }).where(eq(schema.cooperationMeetings.id, meetingId));
  }
  return meetingId;
}

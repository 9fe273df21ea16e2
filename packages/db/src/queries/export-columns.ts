import { cooperationMeetings, eventRegistrations, events, membershipChanges, needs, needStatusChanges } from "../schema";

/**
 * Columns the person's and the organisation's exports (docs/DATA-RIGHTS.md) both hand back, written once so the
 * two archives describe the same rows the same way. Each export spreads them into its own select shapes, in the
 * order its CSV headers keep.
 */

/** A membership change: what changed, from what to what, when. */
export const membershipChangeColumns = {
  membershipId: membershipChanges.membershipId,
  action: membershipChanges.action,
  before: membershipChanges.before,
  after: membershipChanges.after,
  at: membershipChanges.at,
};

/** A need's status change. */
export const needStatusChangeColumns = {
  needId: needStatusChanges.needId,
  fromStatus: needStatusChanges.fromStatus,
  toStatus: needStatusChanges.toStatus,
  at: needStatusChanges.at,
};

/** What a need says and where it stands. */
export const needContentColumns = {
  category: needs.category,
  title: needs.title,
  description: needs.description,
  importance: needs.importance,
  horizon: needs.horizon,
  status: needs.status,
};

/** The event of a registration (joined on `events`). */
export const registeredEventColumns = { eventTitle: events.title, startsAt: events.startsAt };

/** Where a registration stands. */
export const registrationStateColumns = {
  status: eventRegistrations.status,
  registeredAt: eventRegistrations.registeredAt,
  checkedInAt: eventRegistrations.checkedInAt,
};

/** A cooperation meeting request: who asked whom, with what message. */
export const meetingRequestColumns = {
  id: cooperationMeetings.id,
  requesterOrganisationId: cooperationMeetings.requesterOrganisationId,
  targetOrganisationId: cooperationMeetings.targetOrganisationId,
  message: cooperationMeetings.message,
};

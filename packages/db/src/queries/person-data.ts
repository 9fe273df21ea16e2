import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Database } from "../client";
import {
  auditLog,
  brokerageRequests,
  calendarFeeds,
  clusters,
  consentChanges,
  cooperationMeetings,
  cooperationProfiles,
  eventRegistrations,
  events,
  invitations,
  mailOutbox,
  membershipChanges,
  needs,
  needStatusChanges,
  notifications,
  organisations,
  roleAssignments,
  serviceEnrolments,
  services,
  sessions,
  users,
} from "../schema";
import { type DataSection, section } from "./data-sections";
import * as shared from "./export-columns";

/**
 * Everything the portal holds about one person (GDPR Art. 15 and 20, docs/DATA-RIGHTS.md): the account, roles,
 * sessions, what they consented to for an organisation, audit entries by or about them, notifications, mail sent to
 * them, invitations to and by them, and the records they authored. Secrets are left out (password hash, token hashes,
 * the calendar feed's token): they identify nothing and would only endanger the account if the archive leaked.
 */
export async function personData(db: Database, userId: string): Promise<DataSection[]> {
  const account = { id: users.id, name: users.name, email: users.email, locale: users.locale, createdAt: users.createdAt };
  const [person] = await db.select(account).from(users).where(eq(users.id, userId));
  if (!person) return [];
  const role = {
    kind: roleAssignments.kind,
    clusterId: roleAssignments.clusterId,
    clusterName: clusters.name,
    organisationId: roleAssignments.organisationId,
    organisationName: organisations.name,
    createdAt: roleAssignments.createdAt,
  };
  const session = { id: sessions.id, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt };
  const consent = {
    organisationId: consentChanges.organisationId,
    organisationName: organisations.name,
    purpose: consentChanges.purpose,
    granted: consentChanges.granted,
    at: consentChanges.at,
  };
  const audit = {
    at: auditLog.at,
    action: auditLog.action,
    entity: auditLog.entity,
    entityId: auditLog.entityId,
    clusterId: auditLog.clusterId,
    byThisPerson: sql<boolean>`${auditLog.actorUserId} is not distinct from ${userId}::uuid`,
    details: auditLog.details,
  };
  const notification = {
    kind: notifications.kind,
    subject: notifications.subject,
    link: notifications.link,
    readAt: notifications.readAt,
    createdAt: notifications.createdAt,
  };
  const mail = { subject: mailOutbox.subject, createdAt: mailOutbox.createdAt, sentAt: mailOutbox.sentAt };
  const invitation = {
    id: invitations.id,
    toThisPerson: sql<boolean>`${invitations.email} = ${person.email}`,
    email: invitations.email,
    name: invitations.name,
    kind: invitations.kind,
    clusterName: clusters.name,
    createdAt: invitations.createdAt,
    expiresAt: invitations.expiresAt,
    acceptedAt: invitations.acceptedAt,
    revokedAt: invitations.revokedAt,
  };
  const need = {
    id: needs.id,
    clusterId: needs.clusterId,
    organisationId: needs.organisationId,
    ...shared.needContentColumns,
    createdAt: needs.createdAt,
  };
  const needChange = shared.needStatusChangeColumns;
  const registration = {
    id: eventRegistrations.id,
    eventId: eventRegistrations.eventId,
    ...shared.registeredEventColumns,
    organisationId: eventRegistrations.organisationId,
    ...shared.registrationStateColumns,
  };
  const brokerage = {
    id: brokerageRequests.id,
    fromRegistrationId: brokerageRequests.fromRegistrationId,
    toRegistrationId: brokerageRequests.toRegistrationId,
    message: brokerageRequests.message,
    status: brokerageRequests.status,
    createdAt: brokerageRequests.createdAt,
  };
  const profile = {
    id: cooperationProfiles.id,
    organisationId: cooperationProfiles.organisationId,
    type: cooperationProfiles.type,
    title: cooperationProfiles.title,
    summary: cooperationProfiles.summary,
    status: cooperationProfiles.status,
    validUntil: cooperationProfiles.validUntil,
    createdAt: cooperationProfiles.createdAt,
  };
  const meeting = {
    ...shared.meetingRequestColumns,
    status: cooperationMeetings.status,
    chosenTime: cooperationMeetings.chosenTime,
    createdAt: cooperationMeetings.createdAt,
  };
  const enrolment = {
    serviceId: serviceEnrolments.serviceId,
    serviceTitle: services.title,
    organisationId: serviceEnrolments.organisationId,
    enrolledAt: serviceEnrolments.enrolledAt,
  };
  const membershipChange = shared.membershipChangeColumns;
  const feed = { createdAt: calendarFeeds.createdAt };

  const registrationIds = db.select({ id: eventRegistrations.id }).from(eventRegistrations).where(eq(eventRegistrations.userId, userId));
  const [
    roles,
    ownSessions,
    consentsGiven,
    auditEntries,
    ownNotifications,
    mails,
    ownInvitations,
    ownNeeds,
    needChanges,
    registrations,
    brokerageOwn,
    profiles,
    meetings,
    enrolments,
    membershipEdits,
    feeds,
  ] = await Promise.all([
    db
      .select(role)
      .from(roleAssignments)
      .leftJoin(clusters, eq(clusters.id, roleAssignments.clusterId))
      .leftJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
      .where(eq(roleAssignments.userId, userId)),
    db.select(session).from(sessions).where(eq(sessions.userId, userId)),
    db
      .select(consent)
      .from(consentChanges)
      .innerJoin(organisations, eq(organisations.id, consentChanges.organisationId))
      .where(eq(consentChanges.changedBy, userId))
      .orderBy(consentChanges.at),
    db
      .select(audit)
      .from(auditLog)
      .where(or(eq(auditLog.actorUserId, userId), and(eq(auditLog.entity, "user"), eq(auditLog.entityId, userId))))
      .orderBy(auditLog.at),
    db.select(notification).from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt),
    db.select(mail).from(mailOutbox).where(eq(mailOutbox.to, person.email)).orderBy(mailOutbox.createdAt),
    db
      .select(invitation)
      .from(invitations)
      .innerJoin(clusters, eq(clusters.id, invitations.clusterId))
      .where(or(eq(invitations.email, person.email), eq(invitations.invitedBy, userId))),
    db.select(need).from(needs).where(eq(needs.createdBy, userId)),
    db.select(needChange).from(needStatusChanges).where(eq(needStatusChanges.changedBy, userId)),
    db
      .select(registration)
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(eq(eventRegistrations.userId, userId)),
    db
      .select(brokerage)
      .from(brokerageRequests)
      .where(
        or(inArray(brokerageRequests.fromRegistrationId, registrationIds), inArray(brokerageRequests.toRegistrationId, registrationIds)),
      ),
    db.select(profile).from(cooperationProfiles).where(eq(cooperationProfiles.createdBy, userId)),
    db.select(meeting).from(cooperationMeetings).where(eq(cooperationMeetings.requestedBy, userId)),
    db
      .select(enrolment)
      .from(serviceEnrolments)
      .innerJoin(services, eq(services.id, serviceEnrolments.serviceId))
      .where(eq(serviceEnrolments.enrolledBy, userId)),
    db.select(membershipChange).from(membershipChanges).where(eq(membershipChanges.changedBy, userId)),
    db.select(feed).from(calendarFeeds).where(eq(calendarFeeds.userId, userId)),
  ]);
  return [
    section("account", account, [person]),
    section("roles", role, roles),
    section("sessions", session, ownSessions),
    section("consents-given", consent, consentsGiven),
    section("audit-entries", audit, auditEntries),
    section("notifications", notification, ownNotifications),
    section("mails", mail, mails),
    section("invitations", invitation, ownInvitations),
    section("needs-written", need, ownNeeds),
    section("need-status-changes", needChange, needChanges),
    section("event-registrations", registration, registrations),
    section("brokerage-requests", brokerage, brokerageOwn),
    section("cooperation-profiles-written", profile, profiles),
    section("meeting-requests", meeting, meetings),
    section("service-enrolments-made", enrolment, enrolments),
    section("membership-changes-made", membershipChange, membershipEdits),
    section("calendar-feed", feed, feeds),
  ];
}

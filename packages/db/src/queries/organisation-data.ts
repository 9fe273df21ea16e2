import { eq, inArray, or } from "drizzle-orm";
import type { Database } from "../client";
import {
  campaignInvitees,
  campaigns,
  clusters,
  consents,
  cooperationMeetings,
  cooperationProfiles,
  eventRegistrations,
  events,
  invitations,
  membershipChanges,
  memberships,
  needs,
  needStatusChanges,
  organisations,
  roleAssignments,
  serviceEnrolments,
  serviceInvitations,
  services,
  users,
} from "../schema";
import { consentLedgerOf } from "./consent-ledger";
import { type DataSection, section } from "./data-sections";
import * as shared from "./export-columns";

/**
 * Everything the portal holds about one organisation (docs/DATA-RIGHTS.md): its profile, memberships and their
 * history, consents and the consent ledger, contact persons, needs with their status history, campaign answers,
 * cooperation profiles, meetings and agreements (both sides), service enrolments and ratings, service invitations,
 * event registrations and invitations of its contact persons. Empty for an unknown organisation.
 */
export async function organisationData(db: Database, organisationId: string): Promise<DataSection[]> {
  const [profile] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  if (!profile) return [];
  const membership = {
    id: memberships.id,
    clusterId: memberships.clusterId,
    clusterName: clusters.name,
    status: memberships.status,
    joinedOn: memberships.joinedOn,
    leftOn: memberships.leftOn,
    agreementSigned: memberships.agreementSigned,
    paysFee: memberships.paysFee,
    contributesActively: memberships.contributesActively,
  };
  const membershipChange = shared.membershipChangeColumns;
  const consent = { purpose: consents.purpose, granted: consents.granted, updatedAt: consents.updatedAt };
  const contact = { userId: users.id, name: users.name, email: users.email, clusterName: clusters.name, since: roleAssignments.createdAt };
  const need = {
    id: needs.id,
    clusterId: needs.clusterId,
    campaignId: needs.campaignId,
    ...shared.needContentColumns,
    visibility: needs.visibility,
    createdAt: needs.createdAt,
    updatedAt: needs.updatedAt,
  };
  const needChange = shared.needStatusChangeColumns;
  const invitee = {
    campaignId: campaignInvitees.campaignId,
    campaignTitle: campaigns.title,
    respondedAt: campaignInvitees.respondedAt,
    remindedAt: campaignInvitees.remindedAt,
  };
  const profileShape = {
    id: cooperationProfiles.id,
    clusterId: cooperationProfiles.clusterId,
    type: cooperationProfiles.type,
    language: cooperationProfiles.language,
    title: cooperationProfiles.title,
    summary: cooperationProfiles.summary,
    description: cooperationProfiles.description,
    technologyTags: cooperationProfiles.technologyTags,
    nace: cooperationProfiles.nace,
    partnershipTypes: cooperationProfiles.partnershipTypes,
    reach: cooperationProfiles.reach,
    validUntil: cooperationProfiles.validUntil,
    status: cooperationProfiles.status,
    publishedAt: cooperationProfiles.publishedAt,
    createdAt: cooperationProfiles.createdAt,
  };
  const meeting = {
    ...shared.meetingRequestColumns,
    proposedTimes: cooperationMeetings.proposedTimes,
    chosenTime: cooperationMeetings.chosenTime,
    status: cooperationMeetings.status,
    agreementType: cooperationMeetings.agreementType,
    agreementDate: cooperationMeetings.agreementDate,
    agreementNote: cooperationMeetings.agreementNote,
    createdAt: cooperationMeetings.createdAt,
  };
  const enrolment = {
    serviceId: serviceEnrolments.serviceId,
    serviceTitle: services.title,
    enrolledAt: serviceEnrolments.enrolledAt,
    rating: serviceEnrolments.rating,
    ratingComment: serviceEnrolments.ratingComment,
    ratedAt: serviceEnrolments.ratedAt,
  };
  const serviceInvitation = {
    serviceId: serviceInvitations.serviceId,
    serviceTitle: services.title,
    invitedAt: serviceInvitations.invitedAt,
  };
  const registration = { id: eventRegistrations.id, ...shared.registeredEventColumns, ...shared.registrationStateColumns };
  const invitation = {
    id: invitations.id,
    email: invitations.email,
    name: invitations.name,
    clusterName: clusters.name,
    createdAt: invitations.createdAt,
    acceptedAt: invitations.acceptedAt,
    revokedAt: invitations.revokedAt,
    confirmedAt: invitations.confirmedAt,
    declinedAt: invitations.declinedAt,
  };
  const ledger = {
    purpose: true,
    granted: true,
    changedByName: true,
    changedByEmail: true,
    at: true,
  };

  const membershipIds = db.select({ id: memberships.id }).from(memberships).where(eq(memberships.organisationId, organisationId));
  const needIds = db.select({ id: needs.id }).from(needs).where(eq(needs.organisationId, organisationId));
  const [
    ownMemberships,
    changes,
    ownConsents,
    ledgerRows,
    contacts,
    ownNeeds,
    needChanges,
    invitees,
    profiles,
    meetings,
    enrolments,
    serviceInvites,
    registrations,
    ownInvitations,
  ] = await Promise.all([
    db
      .select(membership)
      .from(memberships)
      .innerJoin(clusters, eq(clusters.id, memberships.clusterId))
      .where(eq(memberships.organisationId, organisationId)),
    db
      .select(membershipChange)
      .from(membershipChanges)
      .where(inArray(membershipChanges.membershipId, membershipIds))
      .orderBy(membershipChanges.at),
    db.select(consent).from(consents).where(eq(consents.organisationId, organisationId)),
    consentLedgerOf(db, organisationId),
    db
      .select(contact)
      .from(roleAssignments)
      .innerJoin(users, eq(users.id, roleAssignments.userId))
      .leftJoin(clusters, eq(clusters.id, roleAssignments.clusterId))
      .where(eq(roleAssignments.organisationId, organisationId)),
    db.select(need).from(needs).where(eq(needs.organisationId, organisationId)),
    db.select(needChange).from(needStatusChanges).where(inArray(needStatusChanges.needId, needIds)).orderBy(needStatusChanges.at),
    db
      .select(invitee)
      .from(campaignInvitees)
      .innerJoin(campaigns, eq(campaigns.id, campaignInvitees.campaignId))
      .where(eq(campaignInvitees.organisationId, organisationId)),
    db.select(profileShape).from(cooperationProfiles).where(eq(cooperationProfiles.organisationId, organisationId)),
    db
      .select(meeting)
      .from(cooperationMeetings)
      .where(
        or(eq(cooperationMeetings.requesterOrganisationId, organisationId), eq(cooperationMeetings.targetOrganisationId, organisationId)),
      ),
    db
      .select(enrolment)
      .from(serviceEnrolments)
      .innerJoin(services, eq(services.id, serviceEnrolments.serviceId))
      .where(eq(serviceEnrolments.organisationId, organisationId)),
    db
      .select(serviceInvitation)
      .from(serviceInvitations)
      .innerJoin(services, eq(services.id, serviceInvitations.serviceId))
      .where(eq(serviceInvitations.organisationId, organisationId)),
    db
      .select(registration)
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(eq(eventRegistrations.organisationId, organisationId)),
    db
      .select(invitation)
      .from(invitations)
      .innerJoin(clusters, eq(clusters.id, invitations.clusterId))
      .where(eq(invitations.organisationId, organisationId)),
  ]);
  const { deletionRequestedBy: _requestedBy, ...profileRow } = profile;
  return [
    section("organisation", profileRow, [profileRow]),
    section("memberships", membership, ownMemberships),
    section("membership-changes", membershipChange, changes),
    section("consents", consent, ownConsents),
    section("consent-ledger", ledger, ledgerRows),
    section("contact-persons", contact, contacts),
    section("needs", need, ownNeeds),
    section("need-status-changes", needChange, needChanges),
    section("campaign-invitations", invitee, invitees),
    section("cooperation-profiles", profileShape, profiles),
    section("meetings-and-agreements", meeting, meetings),
    section("service-enrolments", enrolment, enrolments),
    section("service-invitations", serviceInvitation, serviceInvites),
    section("event-registrations", registration, registrations),
    section("invitations", invitation, ownInvitations),
  ];
}

import { createOrganisation } from "@clusterwerk/db/testing/factories";
import { loadReferenceData, schema, upsertProspects } from "@clusterwerk/db";
import { TRPCError } from "@trpc/server";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { appRouter } from "./root";
import { callAs, type Persona, setUpWorld, type World } from "./test/world";
import { sampleService, serviceFixtures } from "./test/service-fixtures";
import { dayIn, sampleNeed } from "./test/needs-fixtures";
import { brokerageIn } from "./test/brokerage-fixtures";
import { labelFixtures } from "./test/label-fixtures";
import { dayFromToday, freshClusterId, matchMember, partnershipProposedTo, profileIn, sampleProfile } from "./test/cooperation-fixtures";
import { meetingTimeIn, meetingWith } from "./test/meeting-fixtures";
import { finalisedBenchmarking } from "./test/benchmark-fixtures";
import { benchmarkingIn, evidenceIn, nextBenchmarkDate } from "./test/benchmarking-fixtures";

/**
 * Who may call what. `own` builds an input on the caller's own tenant (cluster A / organisation A1);
 * `other`, for tenant-scoped procedures, the same call on cluster B's resource, which an allowed role
 * must get as NOT_FOUND, except the platform-wide personas in `platformWide`, for whom it is no other
 * tenant. A persona not in `allowed` gets UNAUTHORIZED (guest) or FORBIDDEN.
 */
interface MatrixEntry {
  allowed: readonly Persona[] | "everyone";
  own: (w: World) => unknown;
  other?: (w: World) => unknown;
  platformWide?: readonly Persona[];
}

const everyone = "everyone" as const;
/** Everyone with an account: their own notifications. */
const signedIn = ["noRole", "member", "manager", "assessor", "admin"] as const;
const matrix: Record<string, MatrixEntry> = {
  "account.me": { allowed: everyone, own: () => undefined },
  "account.requestPasswordReset": { allowed: everyone, own: () => ({ email: "nobody@test.example" }) },
  "account.resetPassword": { allowed: everyone, own: async (w) => ({ token: await w.resetToken(), password: "a-long-password" }) },
  "account.invitation": { allowed: everyone, own: async (w) => ({ token: (await w.invitation()).token }) },
  "account.acceptInvitation": {
    allowed: everyone,
    own: async (w) => ({ token: (await w.invitation()).token, name: "New Person", password: "a-long-password" }),
  },
  "cluster.profile": { allowed: everyone, own: (w) => ({ slug: w.clusterA.slug }) },
  "benchmarkReport.report": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ benchmarkingId: (await finalisedBenchmarking(ctx.db, { clusterId: w.clusterA.id, values: { S1: 20 } })).id }),
    other: async (w) => ({ benchmarkingId: (await finalisedBenchmarking(ctx.db, { clusterId: w.clusterB.id, values: { S1: 20 } })).id }),
    platformWide: ["assessor"],
  },
  "referenceBenchmarking.summary": { allowed: ["assessor", "admin"], own: () => undefined },
  "referenceBenchmarking.importChunk": {
    allowed: ["assessor", "admin"],
    own: () => ({
      source: "matrix.csv",
      rows: [
        { importKey: "matrix-1", clusterName: "Matrix Cluster", country: "DE", sectorField: "ICT", benchmarkDate: "2025-05-01", S1: "30" },
      ],
    }),
  },
  "cluster.list": { allowed: everyone, own: () => ({}) },
  "cluster.directory": {
    allowed: ["member", "manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "cluster.memberArea": {
    allowed: ["member", "manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "cluster.overview": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "cluster.managerArea": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "organisation.get": { allowed: ["member"], own: (w) => ({ organisationId: w.orgA.id }), other: (w) => ({ organisationId: w.orgB.id }) },
  "organisation.update": {
    allowed: ["member"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, profile: profileOf(w.orgA.name) }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, profile: profileOf("Hijacked") }),
  },
  "organisation.setConsent": {
    allowed: ["member"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, purpose: "matchmaking", granted: true }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, purpose: "directory", granted: false }),
  },
  "invitation.create": {
    allowed: ["manager"],
    own: (w) => ({
      clusterId: w.clusterA.id,
      organisationId: w.orgA.id,
      email: `x${Math.random().toString(36).slice(2)}@test.example`,
      name: "Someone",
    }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, email: "y@test.example", name: "Someone" }),
  },
  "invitation.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "invitation.revoke": {
    allowed: ["manager"],
    own: async (w) => ({ invitationId: (await w.invitation("A")).id }),
    other: async (w) => ({ invitationId: (await w.invitation("B")).id }),
  },
  "invitation.organisations": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "invitation.confirmations": {
    allowed: ["member"],
    own: (w) => ({ organisationId: w.orgA.id }),
    other: (w) => ({ organisationId: w.orgB.id }),
  },
  "invitation.confirmationQueue": { allowed: ["admin"], own: () => ({}) },
  "invitation.confirm": {
    allowed: ["member", "admin"],
    own: async (w) => ({ invitationId: (await w.invitation("A", true)).id }),
    other: async (w) => ({ invitationId: (await w.invitation("B", true)).id }),
    platformWide: ["admin"],
  },
  "invitation.decline": {
    allowed: ["member", "admin"],
    own: async (w) => ({ invitationId: (await w.invitation("A", true)).id }),
    other: async (w) => ({ invitationId: (await w.invitation("B", true)).id }),
    platformWide: ["admin"],
  },
  "admin.outbox": { allowed: ["admin"], own: () => ({}) },
  "admin.users": { allowed: ["admin"], own: () => ({}) },
  "admin.clusters": { allowed: ["admin"], own: () => ({}) },
  "service.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "service.create": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, ...sampleService }),
    other: (w) => ({ clusterId: w.clusterB.id, ...sampleService }),
  },
  "service.get": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id) }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id) }),
  },
  "service.update": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id), ...sampleService }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id), ...sampleService }),
  },
  "service.retire": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id) }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id) }),
  },
  "service.linkableNeeds": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id) }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id) }),
  },
  "service.setNeeds": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id), needIds: [] }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id), needIds: [] }),
  },
  "service.catalogue": {
    allowed: ["member", "manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "service.enrol": {
    allowed: ["member"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, serviceId: await serviceIn(w.clusterA.id) }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, serviceId: await serviceIn(w.clusterB.id) }),
  },
  "service.cancelEnrolment": {
    allowed: ["member"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, serviceId: await enrolledIn(w.clusterA.id, w.orgA.id) }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, serviceId: await enrolledIn(w.clusterB.id, w.orgB.id) }),
  },
  "service.rate": {
    allowed: ["member"],
    own: async (w) => ({
      clusterId: w.clusterA.id,
      organisationId: w.orgA.id,
      serviceId: await enrolledIn(w.clusterA.id, w.orgA.id),
      rating: 4,
      comment: null,
    }),
    other: async (w) => ({
      clusterId: w.clusterB.id,
      organisationId: w.orgB.id,
      serviceId: await enrolledIn(w.clusterB.id, w.orgB.id),
      rating: 4,
      comment: null,
    }),
  },
  "service.coverage": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "service.invite": {
    allowed: ["manager"],
    own: async (w) => ({ serviceId: await serviceIn(w.clusterA.id) }),
    other: async (w) => ({ serviceId: await serviceIn(w.clusterB.id) }),
  },
  "service.planCandidates": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "service.plan": {
    allowed: ["manager"],
    own: async (w) => ({
      clusterId: w.clusterA.id,
      budget: 100,
      candidates: [{ serviceId: await serviceIn(w.clusterA.id, "idea"), cost: 10 }],
    }),
    other: async (w) => ({
      clusterId: w.clusterB.id,
      budget: 100,
      candidates: [{ serviceId: await serviceIn(w.clusterB.id, "idea"), cost: 10 }],
    }),
  },
  "service.markPlanned": {
    allowed: ["manager"],
    own: async (w) => ({ clusterId: w.clusterA.id, serviceIds: [await serviceIn(w.clusterA.id, "idea")] }),
    other: async (w) => ({ clusterId: w.clusterB.id, serviceIds: [await serviceIn(w.clusterB.id, "idea")] }),
  },
  "event.create": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, ...eventForm }),
    other: (w) => ({ clusterId: w.clusterB.id, ...eventForm }),
  },
  "event.update": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: await w.events.event("A"), ...eventForm }),
    other: async (w) => ({ eventId: await w.events.event("B"), ...eventForm }),
  },
  "event.publish": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: await w.events.event("A", { draft: true }) }),
    other: async (w) => ({ eventId: await w.events.event("B", { draft: true }) }),
  },
  "event.cancel": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: await w.events.event("A") }),
    other: async (w) => ({ eventId: await w.events.event("B") }),
  },
  "event.list": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, period: "upcoming" }),
    other: (w) => ({ clusterId: w.clusterB.id, period: "past" }),
  },
  "event.manage": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: await w.events.event("A") }),
    other: async (w) => ({ eventId: await w.events.event("B") }),
  },
  "event.checkIn": {
    allowed: ["manager"],
    own: async (w) => ({ registrationId: await w.events.registration("A"), attended: true }),
    other: async (w) => ({ registrationId: await w.events.registration("B"), attended: true }),
  },
  "event.open": {
    allowed: ["member", "manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "event.detail": {
    allowed: ["member", "manager"],
    own: async (w) => ({ eventId: await w.events.event("A") }),
    other: async (w) => ({ eventId: await w.events.event("B") }),
  },
  "event.register": {
    allowed: ["member"],
    own: async (w) => ({ eventId: await w.events.event("A") }),
    other: async (w) => ({ eventId: await w.events.event("B") }),
  },
  "event.cancelRegistration": {
    allowed: ["member"],
    own: async (w) => ({ eventId: await w.events.event("A", { registered: [w.users.member] }) }),
    other: async (w) => ({ eventId: await w.events.event("B") }),
  },
  "event.mine": { allowed: ["noRole", "member", "manager", "assessor", "admin"], own: () => undefined },
  "event.renewFeed": { allowed: ["noRole", "member", "manager", "assessor", "admin"], own: () => undefined },
  "event.feed": { allowed: everyone, own: () => ({ token: "an-unknown-feed-token-000000000000000000" }) },
  "brokerage.participant": {
    allowed: ["member", "manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
  },
  "brokerage.setAvailability": {
    allowed: ["member"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId, windows: [] }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId, windows: [] }),
  },
  "brokerage.request": {
    allowed: ["member"],
    own: async (w) => meetingRequestTo(await brokerage(w, "A")),
    other: async (w) => meetingRequestTo(await brokerage(w, "B")),
  },
  "brokerage.respond": {
    allowed: ["member"],
    own: async (w) => responseTo(await brokerage(w, "A")),
    other: async (w) => responseTo(await brokerage(w, "B")),
  },
  "brokerage.agenda": {
    allowed: ["member", "manager"],
    own: async (w) => agendaOf(await brokerage(w, "A", true)),
    other: async (w) => agendaOf(await brokerage(w, "B", true)),
  },
  "brokerage.manage": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
  },
  "brokerage.saveSession": {
    allowed: ["manager"],
    own: async (w) => sessionFormOf(await brokerage(w, "A")),
    other: async (w) => sessionFormOf(await brokerage(w, "B")),
  },
  "brokerage.run": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
  },
  "brokerage.lock": {
    allowed: ["manager"],
    own: async (w) => lockOf(await brokerage(w, "A")),
    other: async (w) => lockOf(await brokerage(w, "B")),
  },
  "brokerage.unlock": {
    allowed: ["manager"],
    own: async (w) => unlockOf(await brokerage(w, "A")),
    other: async (w) => unlockOf(await brokerage(w, "B")),
  },
  "brokerage.publish": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
  },
  "need.register": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "need.visible": {
    allowed: ["member"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id }),
  },
  "need.get": {
    allowed: ["member", "manager"],
    own: async (w) => ({ clusterId: w.clusterA.id, needId: await w.needs.need("A") }),
    other: async (w) => ({ clusterId: w.clusterB.id, needId: await w.needs.need("B") }),
  },
  "need.create": {
    allowed: ["member"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, ...sampleNeed }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, ...sampleNeed }),
  },
  "need.update": {
    allowed: ["member"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, needId: await w.needs.need("A"), ...sampleNeed }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, needId: await w.needs.need("B"), ...sampleNeed }),
  },
  "need.withdraw": {
    allowed: ["member"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, needId: await w.needs.need("A") }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, needId: await w.needs.need("B") }),
  },
  "need.setStatus": {
    allowed: ["manager"],
    own: async (w) => ({ needId: await w.needs.need("A"), status: "in-progress" }),
    other: async (w) => ({ needId: await w.needs.need("B"), status: "addressed" }),
  },
  "campaign.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "cooperation.mine": { allowed: ["member"], own: (w) => scopeOf(w, "A"), other: (w) => scopeOf(w, "B") },
  "cooperation.browse": { allowed: ["member"], own: (w) => scopeOf(w, "A"), other: (w) => scopeOf(w, "B") },
  "cooperation.get": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A") }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B") }),
  },
  "cooperation.create": {
    allowed: ["member"],
    own: async (w) => {
      await loadReferenceData(ctx.db);
      return { ...scopeOf(w, "A"), ...sampleProfile() };
    },
    other: (w) => ({ ...scopeOf(w, "B"), ...sampleProfile() }),
  },
  "cooperation.update": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A"), ...sampleProfile() }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B"), ...sampleProfile() }),
  },
  "cooperation.publish": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A") }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B") }),
  },
  "cooperation.close": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A") }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B") }),
  },
  "cooperation.renew": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A", true), validUntil: dayFromToday(400) }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B", true), validUntil: dayFromToday(400) }),
  },
  "cooperation.sendExpiryReminders": { allowed: ["admin"], own: () => undefined },
  "matchmaking.matches": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), profileId: await cooperationProfileOf(w, "A", true) }),
    other: async (w) => ({ ...scopeOf(w, "B"), profileId: await cooperationProfileOf(w, "B", true) }),
  },
  "matchmaking.whyNot": {
    allowed: ["member"],
    own: async (w) => ({
      ...scopeOf(w, "A"),
      profileId: await cooperationProfileOf(w, "A", true),
      candidateId: await cooperationProfileOf(w, "A", true),
    }),
    other: async (w) => ({
      ...scopeOf(w, "B"),
      profileId: await cooperationProfileOf(w, "B", true),
      candidateId: await cooperationProfileOf(w, "B", true),
    }),
  },
  "cooperationMeeting.mine": { allowed: ["member"], own: (w) => scopeOf(w, "A"), other: (w) => scopeOf(w, "B") },
  "cooperationMeeting.get": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), meetingId: await meetingOf(w, "A") }),
    other: async (w) => ({ ...scopeOf(w, "B"), meetingId: await meetingOf(w, "B") }),
  },
  "cooperationMeeting.request": {
    allowed: ["member"],
    own: async (w) => meetingRequestOf(w, "A"),
    other: async (w) => meetingRequestOf(w, "B"),
  },
  "cooperationMeeting.respond": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), meetingId: await meetingOf(w, "A", { asked: true }), accept: true, timeIndex: 0 }),
    other: async (w) => ({ ...scopeOf(w, "B"), meetingId: await meetingOf(w, "B", { asked: true }), accept: true, timeIndex: 0 }),
  },
  "cooperationMeeting.recordOutcome": {
    allowed: ["member"],
    own: async (w) => ({
      ...scopeOf(w, "A"),
      meetingId: await meetingOf(w, "A", { status: "accepted", hoursFromNow: -2 }),
      outcome: "held",
    }),
    other: async (w) => ({
      ...scopeOf(w, "B"),
      meetingId: await meetingOf(w, "B", { status: "accepted", hoursFromNow: -2 }),
      outcome: "held",
    }),
  },
  "cooperationMeeting.recordAgreement": {
    allowed: ["member"],
    own: async (w) => ({ ...scopeOf(w, "A"), meetingId: await meetingOf(w, "A", { status: "held", hoursFromNow: -2 }), ...agreement }),
    other: async (w) => ({ ...scopeOf(w, "B"), meetingId: await meetingOf(w, "B", { status: "held", hoursFromNow: -2 }), ...agreement }),
  },
  "notification.list": { allowed: signedIn, own: () => ({}) },
  "notification.unreadCount": { allowed: signedIn, own: () => undefined },
  "notification.markRead": { allowed: signedIn, own: () => ({}) },
  "clusterPartnership.overview": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "clusterPartnership.propose": {
    allowed: ["manager"],
    own: async (w) => ({ clusterId: w.clusterA.id, partnerClusterId: await freshClusterId(ctx.db) }),
    other: async (w) => ({ clusterId: w.clusterB.id, partnerClusterId: await freshClusterId(ctx.db) }),
  },
  "clusterPartnership.respond": {
    allowed: ["manager"],
    own: async (w) => ({ partnershipId: await partnershipProposedTo(ctx.db, w.clusterA.id), accept: true }),
    other: async (w) => ({ partnershipId: await partnershipProposedTo(ctx.db, w.clusterB.id), accept: true }),
  },
  "clusterPartnership.setOpenMatchmaking": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, open: false }),
    other: (w) => ({ clusterId: w.clusterB.id, open: true }),
  },
  "campaign.invitable": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "campaign.create": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, ...campaignValues }),
    other: (w) => ({ clusterId: w.clusterB.id, ...campaignValues }),
  },
  "campaign.get": {
    allowed: ["manager"],
    own: async (w) => ({ campaignId: await w.needs.campaign("A") }),
    other: async (w) => ({ campaignId: await w.needs.campaign("B") }),
  },
  "campaign.remind": {
    allowed: ["manager"],
    own: async (w) => ({ campaignId: await w.needs.campaign("A") }),
    other: async (w) => ({ campaignId: await w.needs.campaign("B") }),
  },
  "campaign.open": {
    allowed: ["member"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id }),
  },
  "campaign.forAnswer": {
    allowed: ["member"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, campaignId: await w.needs.campaign("A") }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, campaignId: await w.needs.campaign("B") }),
  },
  "campaign.answer": {
    allowed: ["member"],
    own: async (w) => ({
      clusterId: w.clusterA.id,
      organisationId: w.orgA.id,
      campaignId: await w.needs.campaign("A"),
      answers: [sampleNeed],
    }),
    other: async (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, campaignId: await w.needs.campaign("B"), answers: [] }),
  },
  "needsAnalysis.get": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "needsAnalysis.register": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "membership.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "membership.exportList": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "membership.searchOrganisations": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, search: "Test" }),
    other: (w) => ({ clusterId: w.clusterB.id, search: "Test" }),
  },
  "membership.addNew": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, ...newMember }),
    other: (w) => ({ clusterId: w.clusterB.id, ...newMember }),
  },
  "membership.addExisting": {
    allowed: ["manager"],
    own: async (w) => ({ clusterId: w.clusterA.id, organisationId: (await createOrganisation(ctx.db)).id, ...memberTerms }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgA.id, ...memberTerms }),
  },
  "membership.get": {
    allowed: ["manager"],
    own: async (w) => ({ membershipId: await w.membership("A") }),
    other: async (w) => ({ membershipId: await w.membership("B") }),
  },
  "membership.update": {
    allowed: ["manager"],
    own: async (w) => ({ membershipId: await w.membership("A"), ...memberTerms }),
    other: async (w) => ({ membershipId: await w.membership("B"), ...memberTerms }),
  },
  "membership.end": {
    allowed: ["manager"],
    own: async (w) => ({ membershipId: await w.membership("A"), leftOn: "2026-06-30" }),
    other: async (w) => ({ membershipId: await w.membership("B"), leftOn: "2026-06-30" }),
  },
  "membership.history": {
    allowed: ["manager"],
    own: async (w) => ({ membershipId: await w.membership("A") }),
    other: async (w) => ({ membershipId: await w.membership("B") }),
  },
  "membership.structure": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, asOf: "2026-05-01" }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "prospect.importChunk": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, rows: [sampleProspectRow] }),
    other: (w) => ({ clusterId: w.clusterB.id, rows: [sampleProspectRow] }),
  },
  "prospect.ranking": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "prospect.export": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "prospect.markContacted": {
    allowed: ["manager"],
    own: async (w) => ({ prospectId: await prospectIn(w.clusterA.id) }),
    other: async (w) => ({ prospectId: await prospectIn(w.clusterB.id) }),
  },
  "prospect.convert": {
    allowed: ["manager"],
    own: async (w) => ({ prospectId: await prospectIn(w.clusterA.id), category: "sme" }),
    other: async (w) => ({ prospectId: await prospectIn(w.clusterB.id), category: "sme" }),
  },
  "taxonomy.groups": { allowed: ["noRole", "member", "manager", "assessor", "admin"], own: () => ({ taxonomy: "nace" }) },
  "reach.overview": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "reach.setLocation": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, lat: 49.4875, lon: 8.466 }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, lat: 49.4875, lon: 8.466 }),
  },
  "benchmarking.list": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "benchmarking.start": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, benchmarkDate: nextBenchmarkDate() }),
    other: (w) => ({ clusterId: w.clusterB.id, benchmarkDate: nextBenchmarkDate() }),
  },
  "benchmarking.get": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.history": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.setValue": {
    allowed: ["manager"],
    own: async (w) => ({ ...(await draftOf(w.clusterA.id)), indicatorId: "F4", value: 3, note: null }),
    other: async (w) => ({ ...(await draftOf(w.clusterB.id)), indicatorId: "F4", value: 3, note: null }),
  },
  "benchmarking.addEvidence": {
    allowed: ["manager"],
    own: async (w) => ({ ...(await draftOf(w.clusterA.id)), ...matrixEvidence }),
    other: async (w) => ({ ...(await draftOf(w.clusterB.id)), ...matrixEvidence }),
  },
  "benchmarking.submit": { allowed: ["manager"], own: (w) => draftOf(w.clusterA.id), other: (w) => draftOf(w.clusterB.id) },
  "benchmarking.evidenceFile": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ evidenceId: await evidenceIn(ctx.db, w.clusterA.id, "submitted") }),
    other: async (w) => ({ evidenceId: await evidenceIn(ctx.db, w.clusterB.id, "submitted") }),
    platformWide: ["assessor"],
  },
  "benchmarking.reviewQueue": { allowed: ["assessor"], own: () => undefined },
  "benchmarking.review": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "submitted") }),
  },
  "benchmarking.startReview": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "submitted") }),
  },
  "benchmarking.correctValue": {
    allowed: ["assessor"],
    own: async (w) => ({
      benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "under_review"),
      indicatorId: "F4",
      value: 1,
      note: "Matrix",
    }),
  },
  "benchmarking.finalise": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await benchmarkingIn(ctx.db, w.clusterA.id, "under_review") }),
  },
  "label.work": { allowed: ["assessor"], own: () => ({}) },
  "label.eligibility": { allowed: ["assessor"], own: async (w) => ({ benchmarkingId: await labels().benchmarking(w.clusterA.id) }) },
  "label.award": {
    allowed: ["assessor"],
    own: async (w) => ({ benchmarkingId: await labels().benchmarking(w.clusterA.id), level: "bronze", rationale: "Matrix" }),
  },
  "label.confirm": { allowed: ["assessor"], own: async (w) => ({ awardId: await labels().pendingGold(w.clusterA.id) }) },
  "label.supersede": {
    allowed: ["assessor"],
    own: async (w) => ({ awardId: await labels().bronze(w.clusterA.id), level: "bronze", rationale: "Matrix correction" }),
  },
  "label.clusterLabels": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "label.certificate": {
    allowed: ["manager", "assessor"],
    own: async (w) => ({ awardId: await labels().bronze(w.clusterA.id) }),
    other: async (w) => ({ awardId: await labels().bronze(w.clusterB.id) }),
    platformWide: ["assessor"],
  },
  "label.registry": { allowed: everyone, own: () => ({}) },
  "label.registryCountries": { allowed: everyone, own: () => undefined },
  "label.sendExpiryReminders": { allowed: ["admin"], own: () => undefined },
};

const campaignValues = { title: "Bedarfsumfrage 2026", opensOn: dayIn(0), closesOn: dayIn(30), categories: ["digitalisation"] };

/** Valid membership terms and a new member (the matrix checks access, not validation). */
const memberTerms = { status: "active", joinedOn: "2026-01-15", agreementSigned: true, paysFee: false, contributesActively: false };
const newMember = {
  name: "Matrix Member GmbH",
  category: "sme",
  city: "Mannheim",
  postalCode: "68159",
  country: "DE",
  employees: 12,
  ...memberTerms,
};

/** A valid event form (the matrix checks access, not validation). */
const eventForm = {
  kind: "workshop",
  title: "Matrix-Workshop",
  description: null,
  topicCategories: ["digitalisation"],
  startsAt: "2030-05-01T09:00",
  endsAt: "2030-05-01T12:00",
  timeZone: "Europe/Berlin",
  location: "Mannheim",
  onlineUrl: null,
  capacity: 30,
};

function profileOf(name: string) {
  return {
    name,
    category: "sme",
    employees: 12,
    street: null,
    postalCode: "68159",
    city: "Mannheim",
    country: "DE",
    lat: 49.48,
    lon: 8.46,
    nace: ["C28"],
    technologyTags: ["digitalisation/iot-sensors"],
    website: null,
    description: null,
  };
}

const personas: Persona[] = ["guest", "noRole", "member", "manager", "assessor", "admin"];

async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

const ctx = setUpWorld();

/** The member scope of world organisation A1 in cluster A (or B1 in B). */
const scopeOf = (w: World, side: "A" | "B") =>
  side === "A" ? { clusterId: w.clusterA.id, organisationId: w.orgA.id } : { clusterId: w.clusterB.id, organisationId: w.orgB.id };
/** A fresh cooperation profile of A1 (or B1): a draft, or published. */
const cooperationProfileOf = (w: World, side: "A" | "B", published = false) =>
  profileIn(ctx.db, { ...scopeOf(w, side), userId: w.users.admin }, { published });

/** A fresh meeting of A1 (or B1) with a new member of its cluster; A1 asks unless `asked`. */
const meetingOf = (w: World, side: "A" | "B", options: Parameters<typeof meetingWith>[2] = {}) =>
  meetingWith(ctx.db, { ...scopeOf(w, side), userId: w.users.admin }, options);
/** A valid meeting request from a fresh published profile of A1 (or B1) to a visible profile of a new member of its cluster. */
async function meetingRequestOf(w: World, side: "A" | "B") {
  const scope = scopeOf(w, side);
  const other = await matchMember(ctx.db, scope.clusterId);
  return {
    ...scope,
    profileId: await cooperationProfileOf(w, side, true),
    targetProfileId: await profileIn(ctx.db, other, { published: true, type: "TO" }),
    message: "Shall we meet?",
    proposedTimes: [meetingTimeIn(24)],
  };
}
const agreement = { type: "technical-cooperation", date: dayFromToday(0), note: null };
/** A fresh draft benchmarking of a cluster, named as the benchmarking procedures take it. */
async function draftOf(clusterId: string) {
  return { benchmarkingId: await benchmarkingIn(ctx.db, clusterId, "draft") };
}

/** A valid evidence upload (a tiny PDF); the matrix checks access, not validation. */
const matrixEvidence = { indicatorId: "F4", filename: "matrix.pdf", content: new TextEncoder().encode("%PDF-1.7\n%%EOF\n") };

/** Label rows (finalised benchmarkings, awards by the admin, so the matrix's assessor may confirm a Gold). */
const labels = () => labelFixtures(ctx.db, ctx.world.users.admin);

/** A fresh brokerage day of cluster A (the matrix's member seated) or B, and the inputs its procedures take. */
const brokerage = (w: World, cluster: "A" | "B", published = false) => brokerageIn(ctx.db, w, cluster, published);
type BrokerageDay = Awaited<ReturnType<typeof brokerage>>;
const meetingRequestTo = (day: BrokerageDay) => ({
  eventId: day.eventId,
  toRegistrationId: day.partnerRegistrationId,
  message: null,
  priority: 2,
});
const responseTo = (day: BrokerageDay) => ({ eventId: day.eventId, requestId: day.pendingRequestId, accept: true });
const agendaOf = (day: BrokerageDay) => ({ eventId: day.eventId, registrationId: day.memberRegistrationId });
const sessionFormOf = (day: BrokerageDay) => ({ eventId: day.eventId, ...day.sessionForm });
const lockOf = (day: BrokerageDay) => ({ eventId: day.eventId, meetingId: day.meetingId, slot: 0, table: null });
const unlockOf = (day: BrokerageDay) => ({ eventId: day.eventId, meetingId: day.meetingId });

/** A fresh service of a cluster (active unless said otherwise), so every matrix call has its own row. */
function serviceIn(clusterId: string, status: "active" | "idea" = "active") {
  return serviceFixtures(ctx.db).service(clusterId, { status });
}

/** A fresh service that ended last year, with the organisation enrolled: it may cancel or rate. */
async function enrolledIn(clusterId: string, organisationId: string) {
  const serviceId = await serviceFixtures(ctx.db).service(clusterId, { endsOn: "2025-01-31" });
  await serviceFixtures(ctx.db).enrolment(serviceId, organisationId);
  return serviceId;
}

/** One prospect row as the import sends it (with coordinates, so no geocoding is needed). */
const sampleProspectRow = { name: "Matrix Prospect GmbH", city: "Mannheim", country: "DE", lat: "49.49", lon: "8.47" };

/** A fresh prospect of a cluster, so every matrix call has its own row to mark or convert. */
async function prospectIn(clusterId: string) {
  const importKey = `id:${crypto.randomUUID()}`;
  await upsertProspects(ctx.db, {
    clusterId,
    rows: [
      {
        ...sampleProspectRow,
        importKey,
        postalCode: null,
        nace: [],
        technologyTags: [],
        employees: null,
        website: null,
        lat: 49.49,
        lon: 8.47,
        geocodedFrom: null,
      },
    ],
  });
  const [row] = await ctx.db.select({ id: schema.prospects.id }).from(schema.prospects).where(eq(schema.prospects.importKey, importKey));
  if (!row) throw new Error("prospect not created");
  return row.id;
}

describe("authorization matrix", () => {
  it("has an entry for every procedure of the app router", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures.filter((path) => !(path in matrix))).toEqual([]);
    expect(Object.keys(matrix).filter((path) => !procedures.includes(path))).toEqual([]);
  });

  for (const [path, entry] of Object.entries(matrix)) {
    for (const persona of personas) {
      const allowed = entry.allowed === everyone || entry.allowed.includes(persona);
      const expected = allowed ? "OK" : persona === "guest" ? "UNAUTHORIZED" : "FORBIDDEN";
      it(`${path} as ${persona} on own tenant → ${expected}`, async () => {
        expect(await codeOf(callAs(ctx.db, ctx.world.users[persona], path, await entry.own(ctx.world)))).toBe(expected);
      });
      const other = entry.other;
      if (other && allowed) {
        const onOther = entry.platformWide?.includes(persona) ? "OK" : "NOT_FOUND";
        it(`${path} as ${persona} on another tenant → ${onOther}`, async () => {
          expect(await codeOf(callAs(ctx.db, ctx.world.users[persona], path, await other(ctx.world)))).toBe(onOther);
        });
      }
    }
  }
});

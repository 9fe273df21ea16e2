/** Authorization-matrix rows: cooperation, brokerage. */
import { loadReferenceData } from "@clusterwerk/db";
import { defaultFactorWeights } from "@clusterwerk/scoring/matching";
import { dayFromToday, freshClusterId, partnershipProposedTo, sampleProfile } from "../cooperation-fixtures";
import { type MatrixEntry } from "./entry";
import {
  ctx,
  scopeOf,
  cooperationProfileOf,
  brokerage,
  meetingRequestTo,
  responseTo,
  agendaOf,
  sessionFormOf,
  lockOf,
  unlockOf,
  meetingOf,
  meetingRequestOf,
  interestRequestOf,
  interestOf,
  weightsPreviewOf,
} from "./context";

/** Everyone with an account: their own notifications. */
const signedIn = ["noRole", "member", "manager", "assessor", "admin"] as const;
const agreement = { type: "technical-cooperation", date: dayFromToday(0), note: null };

export const cooperationBrokerageRows: Record<string, MatrixEntry> = {
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
  "brokerage.withdraw": {
    allowed: ["member"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
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
  "brokerage.dayCalendar": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A", true)).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B", true)).eventId }),
  },
  "brokerage.publish": {
    allowed: ["manager"],
    own: async (w) => ({ eventId: (await brokerage(w, "A")).eventId }),
    other: async (w) => ({ eventId: (await brokerage(w, "B")).eventId }),
  },
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
  "cooperationInterest.express": {
    allowed: ["member"],
    own: async (w) => interestRequestOf(w, "A"),
    other: async (w) => interestRequestOf(w, "B"),
  },
  "cooperationInterest.withdraw": {
    allowed: ["member"],
    own: async (w) => interestOf(w, "A"),
    other: async (w) => interestOf(w, "B"),
  },
  "matchingWeights.get": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id }),
    other: (w) => ({ clusterId: w.clusterB.id }),
  },
  "matchingWeights.preview": {
    allowed: ["manager"],
    own: async (w) => weightsPreviewOf(w, "A"),
    other: async (w) => weightsPreviewOf(w, "B"),
  },
  "matchingWeights.save": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, ...defaultFactorWeights }),
    other: (w) => ({ clusterId: w.clusterB.id, ...defaultFactorWeights }),
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
};

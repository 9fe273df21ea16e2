/** Authorization-matrix rows: needs, services, events. */
import { sampleService } from "../service-fixtures";
import { sampleNeed } from "../needs-fixtures";
import { everyone, type MatrixEntry } from "./entry";
import { campaignValues, eventForm, serviceIn, enrolledIn } from "./context";

export const needsServicesEventsRows: Record<string, MatrixEntry> = {
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
};

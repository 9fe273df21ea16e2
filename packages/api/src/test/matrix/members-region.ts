/** Authorization-matrix rows: members, region. */
import { createOrganisation } from "@clusterwerk/db/testing/factories";
import { type MatrixEntry } from "./entry";
import { memberTerms, newMember, ctx, sampleProspectRow, prospectIn } from "./context";

export const membersRegionRows: Record<string, MatrixEntry> = {
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
  "reach.overview": { allowed: ["manager"], own: (w) => ({ clusterId: w.clusterA.id }), other: (w) => ({ clusterId: w.clusterB.id }) },
  "reach.setLocation": {
    allowed: ["manager"],
    own: (w) => ({ clusterId: w.clusterA.id, organisationId: w.orgA.id, lat: 49.4875, lon: 8.466 }),
    other: (w) => ({ clusterId: w.clusterB.id, organisationId: w.orgB.id, lat: 49.4875, lon: 8.466 }),
  },
};

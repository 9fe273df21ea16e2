/** Authorization-matrix rows: foundation. */
import { everyone, type MatrixEntry } from "./entry";
import { profileOf } from "./context";
import { WORLD_PASSWORD } from "../world";

export const foundationRows: Record<string, MatrixEntry> = {
  "account.me": { allowed: everyone, own: () => undefined },
  "account.requestPasswordReset": { allowed: everyone, own: () => ({ email: "nobody@test.example" }) },
  "account.resetPassword": { allowed: everyone, own: async (w) => ({ token: await w.resetToken(), password: "a-long-password" }) },
  "account.changePassword": {
    allowed: ["noRole", "member", "manager", "assessor", "admin"],
    own: () => ({ currentPassword: WORLD_PASSWORD, password: "matrix-new-password-2026" }),
  },
  "account.invitation": { allowed: everyone, own: async (w) => ({ token: (await w.invitation()).token }) },
  "account.acceptInvitation": {
    allowed: everyone,
    own: async (w) => ({ token: (await w.invitation()).token, name: "New Person", password: "a-long-password" }),
  },
  "cluster.profile": { allowed: everyone, own: (w) => ({ slug: w.clusterA.slug }) },
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
  "taxonomy.groups": { allowed: ["noRole", "member", "manager", "assessor", "admin"], own: () => ({ taxonomy: "nace" }) },
};

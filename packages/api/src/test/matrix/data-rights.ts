/** Authorization-matrix rows: data rights (exports, deletion, consent ledgers). */
import { createOrganisation } from "@clusterwerk/db/testing/factories";
import { ctx } from "./context";
import type { MatrixEntry } from "./entry";

const signedIn = ["noRole", "member", "manager", "assessor", "admin"] as const;

export const dataRightsRows: Record<string, MatrixEntry> = {
  "dataRights.exportMine": { allowed: signedIn, own: () => undefined },
  "dataRights.exportOrganisation": {
    allowed: ["member", "admin"],
    own: (w) => ({ organisationId: w.orgA.id }),
    other: (w) => ({ organisationId: w.orgB.id }),
    platformWide: ["admin"],
  },
  "dataRights.deleteMyAccount": {
    allowed: signedIn,
    own: () => undefined,
    asFreshPerson: (_w, person) => ({ confirmation: person.email, password: person.password }),
  },
  "dataRights.consentLedger": {
    allowed: ["member"],
    own: (w) => ({ organisationId: w.orgA.id }),
    other: (w) => ({ organisationId: w.orgB.id }),
  },
  "dataRights.requestOrganisationDeletion": {
    allowed: ["member"],
    own: (w) => ({ organisationId: w.orgA.id }),
    other: (w) => ({ organisationId: w.orgB.id }),
  },
  "dataRights.deletionRequests": { allowed: ["admin"], own: () => undefined },
  "dataRights.anonymiseOrganisation": {
    allowed: ["admin"],
    own: async () => {
      const organisation = await createOrganisation(ctx.db);
      return { organisationId: organisation.id, confirmation: organisation.name };
    },
  },
  "dataRights.platformConsentLedger": { allowed: ["admin"], own: () => ({}) },
};

import type { ConsentPurpose } from "@clusterwerk/scoring/domain";

/** The `organisation` text of each consent purpose: the toggles and the consent ledger name them alike. */
export const consentLabelKeys = {
  directory: "consentDirectory",
  matchmaking: "consentMatchmaking",
  "cross-cluster": "consentCrossCluster",
} as const satisfies Record<ConsentPurpose, string>;

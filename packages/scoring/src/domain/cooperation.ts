/** Vocabularies of cooperation profiles (DOMAIN.md §5.1, SCORING-CLI.md `match`). */
export const profileTypes = ["BO", "BR", "TO", "TR", "RD"] as const;
export type ProfileType = (typeof profileTypes)[number];

export const profileReaches = ["my-cluster", "partner-clusters", "all-clusters"] as const;
export type ProfileReach = (typeof profileReaches)[number];

export const partnershipTypes = [
  "commercial-agency",
  "distribution",
  "manufacturing-agreement",
  "subcontracting",
  "joint-venture",
  "licence-agreement",
  "technical-cooperation",
  "research-cooperation",
  "financial-agreement",
] as const;
export type PartnershipType = (typeof partnershipTypes)[number];

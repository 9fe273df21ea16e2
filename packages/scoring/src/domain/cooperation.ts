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

/** Life cycle of a cooperation profile (DOMAIN.md §5.1): only published, unexpired profiles are matched. */
export const profileStatuses = ["draft", "published", "closed"] as const;
export type ProfileStatus = (typeof profileStatuses)[number];

/** The language a profile is written in (DOMAIN.md §5.1: German or English). */
export const profileLanguages = ["de", "en"] as const;
export type ProfileLanguage = (typeof profileLanguages)[number];

/** Default validity of a new profile in months (DOMAIN.md §5.1). */
export const PROFILE_DEFAULT_VALIDITY_MONTHS = 12;

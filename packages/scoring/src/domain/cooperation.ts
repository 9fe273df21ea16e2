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

/**
 * From match to partnership (DOMAIN.md §5.4): a meeting is requested, then accepted (at one of the proposed
 * times) or declined; after its time it was held or a no-show. An agreement is recorded on a held meeting.
 */
export const cooperationMeetingStatuses = ["requested", "accepted", "declined", "held", "no-show"] as const;
export type CooperationMeetingStatus = (typeof cooperationMeetingStatuses)[number];

/** The outcomes a side records once the accepted time has passed (§5.4). */
export const cooperationMeetingOutcomes = ["held", "no-show"] as const;
export type CooperationMeetingOutcome = (typeof cooperationMeetingOutcomes)[number];

/** A meeting request proposes one to this many times (issue 11). */
export const MEETING_PROPOSED_TIMES_MAX = 3;

/** What a portal notification is about; the portal words each kind in the reader's language. */
export const notificationKinds = [
  "meeting-requested",
  "meeting-accepted",
  "meeting-declined",
  "meeting-outcome",
  "agreement-recorded",
  "brokerage-withdrawn",
  "interest-expressed",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

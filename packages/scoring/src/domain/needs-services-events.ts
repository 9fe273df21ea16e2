/**
 * Vocabularies of needs, tailored services and events (DOMAIN.md §2–§4). The database enums, the
 * validators and the portal's labels all read these lists, so a value is named in one place.
 */

/** How soon a need matters (§2). */
export const needHorizons = ["now", "6-months", "2-years"] as const;
export type NeedHorizon = (typeof needHorizons)[number];

/** Life of a need (§2); only `open` needs count as demand. */
export const needStatuses = ["open", "in-progress", "addressed", "withdrawn"] as const;
export type NeedStatus = (typeof needStatuses)[number];

/** Who may read a need besides its organisation (§2): cluster management only, members, partner clusters. */
export const needVisibilities = ["management", "cluster-members", "partner-clusters"] as const;
export type NeedVisibility = (typeof needVisibilities)[number];

/** Formats of a service (§3). */
export const serviceFormats = [
  "workshop",
  "training",
  "consulting",
  "funding-advice",
  "matchmaking",
  "information",
  "project-support",
  "other",
] as const;
export type ServiceFormat = (typeof serviceFormats)[number];

/** Life of a service (§3); `planned` and `active` services cover needs. */
export const serviceStatuses = ["idea", "planned", "active", "retired"] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
export const coveringServiceStatuses: readonly ServiceStatus[] = ["planned", "active"];
/** Services the planner chooses among: ideas and planned services, not yet running. */
export const planCandidateStatuses = ["idea", "planned"] as const satisfies readonly ServiceStatus[];

/** Kinds of events (§4). */
export const eventKinds = ["thematic", "workshop", "network-meeting", "brokerage"] as const;
export type EventKind = (typeof eventKinds)[number];

/** Life of an event: drafts are seen by managers only; cancelled events stay in calendars as cancelled. */
export const eventStatuses = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** A person's place at an event: a seat, or a place on the waiting list, or given up. */
export const registrationStatuses = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

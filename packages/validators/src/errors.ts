/**
 * The messages of procedure errors (TRPCError) are keys from this list, like the validation messages:
 * the portal translates `serverErrors.<key>` in German and English, and an internal error never shows
 * its cause (the server logs it; packages/api/src/trpc.ts).
 */
export const errorMessages = {
  /** BAD_REQUEST: the input failed its schema; the field errors say where. */
  invalidInput: "invalidInput",
  /** UNAUTHORIZED */
  signInRequired: "signInRequired",
  /** FORBIDDEN: the caller's roles do not allow this. */
  forbidden: "forbidden",
  /** NOT_FOUND: missing, or another tenant's (not revealed). */
  notFound: "notFound",
  /** SERVICE_UNAVAILABLE: the database is unreachable for the moment (a restart); trying again shortly works. */
  databaseUnavailable: "databaseUnavailable",
  clusterNotFound: "clusterNotFound",
  organisationNotFound: "organisationNotFound",
  invitationNotPending: "invitationNotPending",
  tokenInvalid: "tokenInvalid",
  tokenAccepted: "tokenAccepted",
  tokenExpired: "tokenExpired",
  tokenRevoked: "tokenRevoked",
  tokenAwaitingConfirmation: "tokenAwaitingConfirmation",
  tokenDeclined: "tokenDeclined",
  notAwaitingConfirmation: "notAwaitingConfirmation",
  confirmOwnInvitation: "confirmOwnInvitation",
  /** CONFLICT: the person already holds a seat or a waiting-list place for the event. */
  alreadyRegistered: "alreadyRegistered",
  /** BAD_REQUEST: the event has started, ended or was cancelled, so registrations no longer change. */
  eventClosed: "eventClosed",
  /** BAD_REQUEST: the event is not in the state the action needs (publish a draft, cancel an open event). */
  eventStateChanged: "eventStateChanged",
  /** NOT_FOUND: the caller holds no registration for the event to cancel. */
  notRegistered: "notRegistered",
  /** A withdrawn need is no longer edited by its organisation (DOMAIN.md §2). */
  needWithdrawn: "needWithdrawn",
  /** Campaign answers and reminders only while the campaign's period runs (§2). */
  campaignClosed: "campaignClosed",
  campaignNotOpenYet: "campaignNotOpenYet",
  /** Only invited organisations answer a campaign. */
  campaignNotInvited: "campaignNotInvited",
  /** An answer in a category the campaign did not ask. */
  categoryNotAsked: "categoryNotAsked",
  serviceNotFound: "serviceNotFound",
  /** CONFLICT: the organisation is already enrolled in the service. */
  alreadyEnrolled: "alreadyEnrolled",
  /** CONFLICT: every place of the service is taken. */
  serviceFull: "serviceFull",
  /** The service takes no enrolments (an idea, retired, or over). */
  serviceNotOpen: "serviceNotOpen",
  notEnrolled: "notEnrolled",
  /** A rating before the service was used (DOMAIN.md §3 "after use"). */
  ratingTooEarly: "ratingTooEarly",
  /** A need that is not a need of the service's cluster. */
  needNotLinkable: "needNotLinkable",
  membershipNotFound: "membershipNotFound",
  prospectNotFound: "prospectNotFound",
  /** CONFLICT: the organisation already has a membership in the cluster (current or ended). */
  alreadyMember: "alreadyMember",
  /** Labels (DOMAIN.md §6.3): a label is awarded on a finalised benchmarking only. */
  labelBenchmarkingNotFinalised: "labelBenchmarkingNotFinalised",
  /** The label rules do not allow this level for the benchmarking (the failed conditions are shown beside). */
  labelNotAllowed: "labelNotAllowed",
  /** CONFLICT: the benchmarking holds a current award of this level (a correction supersedes it). */
  labelAlreadyAwarded: "labelAlreadyAwarded",
  /** The award is no longer waiting for a second assessor (confirmed, or superseded meanwhile). */
  labelNotAwaitingConfirmation: "labelNotAwaitingConfirmation",
  /** Gold is decided by two different assessors: the one who awarded it cannot confirm it. */
  labelConfirmOwnAward: "labelConfirmOwnAward",
  /** Only a current award can be superseded (awards are immutable; a superseded one stays as it is). */
  labelAlreadySuperseded: "labelAlreadySuperseded",
  /** CONFLICT: the cluster has a benchmarking on that date already. */
  benchmarkingExists: "benchmarkingExists",
  /** The benchmarking is not in the status the action needs (edits only in a draft, corrections only under review, finalised is frozen). */
  benchmarkingStateChanged: "benchmarkingStateChanged",
  /** Matchmaking (DOMAIN.md §5.1, §5.4): a profile's status does not allow the action; a meeting request to one's own organisation. */
  profileStateChanged: "profileStateChanged",
  meetingWithOwnOrganisation: "meetingWithOwnOrganisation",
  /** The meeting moved on meanwhile (answered, or its outcome recorded): reload. An outcome before the meeting's time. */
  meetingStateChanged: "meetingStateChanged",
  meetingNotYetDue: "meetingNotYetDue",
  /** Express interest (DOMAIN.md §5.4): in a profile of one's own organisation; CONFLICT: from this profile in that one already (once per pair); none to withdraw. */
  interestInOwnOrganisation: "interestInOwnOrganisation",
  interestExists: "interestExists",
  interestNotFound: "interestNotFound",
  /** A cluster partnership already exists or is pending between the two clusters; a partnership with oneself. */
  partnershipExists: "partnershipExists",
  partnershipWithItself: "partnershipWithItself",
  /** The partnership was answered already (accepted, declined or ended). */
  partnershipNotProposed: "partnershipNotProposed",
  /** Brokerage days (DOMAIN.md §5.5): the event has no B2B session yet; the caller holds no seat at the event. */
  brokerageNoSession: "brokerageNoSession",
  brokerageNotParticipant: "brokerageNotParticipant",
  /** The session must lie within its event; requests close by the session's start at the latest. */
  brokerageSessionOutsideEvent: "brokerageSessionOutsideEvent",
  brokerageDeadlineAfterStart: "brokerageDeadlineAfterStart",
  /** An availability window outside the session (and so possibly outside the event); one that would strand a locked meeting. */
  brokerageAvailabilityOutside: "brokerageAvailabilityOutside",
  brokerageAvailabilityLocked: "brokerageAvailabilityLocked",
  /** Meeting requests: to oneself, after the deadline, twice to one person, one no longer pending. */
  brokerageRequestToSelf: "brokerageRequestToSelf",
  brokerageRequestClosed: "brokerageRequestClosed",
  brokerageAlreadyRequested: "brokerageAlreadyRequested",
  brokerageRequestNotPending: "brokerageRequestNotPending",
  /** Locks: no such slot or table; a person unavailable then; two locks of one person or one table in a slot; locks fill the slot. */
  brokerageLockUnknownSlot: "brokerageLockUnknownSlot",
  brokerageLockUnavailable: "brokerageLockUnavailable",
  brokerageLockOverlap: "brokerageLockOverlap",
  brokerageLockTableTaken: "brokerageLockTableTaken",
  brokerageLockTablesFull: "brokerageLockTablesFull",
  /** BAD_REQUEST: deleting an account needs its email address typed and its current password (docs/DATA-RIGHTS.md). */
  deletionNotConfirmed: "deletionNotConfirmed",
  wrongPassword: "wrongPassword",
  /** BAD_REQUEST: the last platform admin cannot delete their account (nobody could administer the platform). */
  lastAdmin: "lastAdmin",
  /** BAD_REQUEST: the address belongs to an account its person deleted (docs/DATA-RIGHTS.md); it takes no invitation again. */
  accountAnonymised: "accountAnonymised",
  /** TOO_MANY_REQUESTS: a limit on attempts (password reset, invitation acceptance, password change, account deletion) was reached. */
  tooManyAttempts: "tooManyAttempts",
  /** BAD_REQUEST: more procedures in one HTTP batch than the portal accepts (MAX_BATCH_SIZE, packages/api http.ts). */
  batchTooLarge: "batchTooLarge",
  /** Anything the server did not expect; details only in the server log. */
  internal: "internal",
} as const;
export type ErrorMessage = (typeof errorMessages)[keyof typeof errorMessages];

const knownErrorMessages: ReadonlySet<string> = new Set(Object.values(errorMessages));

/** True when `message` is one of the error keys (and so safe to show, translated). */
export function isErrorMessage(message: string): message is ErrorMessage {
  return knownErrorMessages.has(message);
}

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
  /** Anything the server did not expect; details only in the server log. */
  internal: "internal",
} as const;
export type ErrorMessage = (typeof errorMessages)[keyof typeof errorMessages];

const knownErrorMessages: ReadonlySet<string> = new Set(Object.values(errorMessages));

/** True when `message` is one of the error keys (and so safe to show, translated). */
export function isErrorMessage(message: string): message is ErrorMessage {
  return knownErrorMessages.has(message);
}

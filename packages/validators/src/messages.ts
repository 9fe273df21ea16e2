/**
 * Validation messages are keys, translated by the portal (`validation.<key>` in its messages), so one
 * schema serves the server's field errors and the form's own checks in German and English.
 */
export const validationMessages = {
  required: "required",
  tooLong: "tooLong",
  tooShort: "tooShort",
  invalidEmail: "invalidEmail",
  invalidUrl: "invalidUrl",
  invalidId: "invalidId",
  invalidChoice: "invalidChoice",
  outOfRange: "outOfRange",
  invalidNace: "invalidNace",
  invalidTag: "invalidTag",
  invalidPostalCode: "invalidPostalCode",
  invalidCountry: "invalidCountry",
  passwordTooWeak: "passwordTooWeak",
  /** The password is on the bundled list of common and breached passwords (packages/auth password-policy.ts). */
  passwordBreached: "passwordBreached",
  /** A password change whose current password is not the account's. */
  currentPasswordWrong: "currentPasswordWrong",
  invalidCharacters: "invalidCharacters",
  invalidDateTime: "invalidDateTime",
  placeOrLinkRequired: "placeOrLinkRequired",
  invalid: "invalid",
  invalidDate: "invalidDate",
  endsBeforeStart: "endsBeforeStart",
  notNegative: "notNegative",
  wholeNumber: "wholeNumber",
  tooManyDecimals: "tooManyDecimals",
  chooseAtLeastOne: "chooseAtLeastOne",
  /** CSV import of prospects (issue 9): the whole file is refused, nothing is imported. */
  csvTooLarge: "csvTooLarge",
  csvInvalidEncoding: "csvInvalidEncoding",
  csvEmpty: "csvEmpty",
  csvWrongDelimiter: "csvWrongDelimiter",
  csvMissingHeader: "csvMissingHeader",
  csvDuplicateColumn: "csvDuplicateColumn",
  csvUnterminatedQuote: "csvUnterminatedQuote",
  csvTooManyRows: "csvTooManyRows",
  /** CSV import of prospects: one row is left out. */
  csvColumnCount: "csvColumnCount",
  csvDuplicateRow: "csvDuplicateRow",
  /** Cooperation profiles (issue 11): an expiry before today; a technology tag or NACE code not in the taxonomy. */
  dateInPast: "dateInPast",
  unknownTag: "unknownTag",
  /** Benchmarking (issue 10): a benchmark date after today; a value outside its indicator's range (§6.1). */
  dateInFuture: "dateInFuture",
  percentOutOfRange: "percentOutOfRange",
  indicatorOutOfRange: "indicatorOutOfRange",
  /** A value the manager does not enter: derived indicators come from portal data (§6.1). */
  indicatorNotReported: "indicatorNotReported",
  /** Evidence files: larger than 10 MB, not a PDF/PNG/JPEG/XLSX/CSV by content, empty. Nothing is stored. */
  evidenceTooLarge: "evidenceTooLarge",
  evidenceTypeNotAllowed: "evidenceTypeNotAllowed",
  evidenceEmpty: "evidenceEmpty",
  /** Meeting requests (DOMAIN.md §5.4): a proposed time that has passed; a request to one's own organisation (on its field). */
  timeInPast: "timeInPast",
  meetingWithOwnOrganisation: "meetingWithOwnOrganisation",
  /** Ranking weights (DOMAIN.md §5.3): a factor's weight outside [0, 1]; weights that do not sum to 1. */
  weightOutOfRange: "weightOutOfRange",
  weightsSumNotOne: "weightsSumNotOne",
} as const;
export type ValidationMessage = (typeof validationMessages)[keyof typeof validationMessages];

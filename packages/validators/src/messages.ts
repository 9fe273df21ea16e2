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
} as const;
export type ValidationMessage = (typeof validationMessages)[keyof typeof validationMessages];

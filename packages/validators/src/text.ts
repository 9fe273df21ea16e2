import { z } from "zod";
import { validationMessages as m } from "./messages";

/**
 * Control characters no text field takes: NUL (PostgreSQL cannot store it in text; the query fails) and
 * the other C0 controls and DEL, which no keyboard types and no screen shows. Multi-line fields keep tab,
 * line feed and carriage return.
 */
const SINGLE_LINE_CONTROLS = /[\u0000-\u001F\u007F]/;
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** A UTF-16 surrogate without its partner: not a character, and UTF-8 (the database's encoding) has no form for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds only characters a text field of that kind may hold. */
export function hasOnlyTextCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  const controls = options.multiline ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS;
  return !controls.test(value) && !LONE_SURROGATE.test(value);
}

/**
 * The start of every text input (procedure inputs and forms alike): a string that refuses control
 * characters and invalid Unicode with `invalidCharacters` on the field, before any other check.
 */
export const text = (options: { multiline?: boolean } = {}) =>
  z.string(m.invalid).refine((value) => hasOnlyTextCharacters(value, options), m.invalidCharacters);

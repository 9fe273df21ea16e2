import { z } from "zod";
import { validationMessages as m } from "./messages";

/**
 * Control characters no text field takes: NUL (PostgreSQL cannot store it in text; the query fails) and
 * the other C0 controls and DEL, which no keyboard types and no screen shows. Multi-line fields keep tab,
 * line feed and carriage return.
 */
const MULTI_LINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

function hasControlCharacter(value: string, multiline: boolean): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if ((code < 0x20 || code === 0x7f) && !(multiline && MULTI_LINE_ALLOWED.has(code))) return true;
  }
  return false;
}

/** A UTF-16 surrogate without its partner: not a character, and UTF-8 (the database's encoding) has no form for it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` holds only characters a text field of that kind may hold. */
export function hasOnlyTextCharacters(value: string, options: { multiline?: boolean } = {}): boolean {
  return !hasControlCharacter(value, options.multiline ?? false) && !LONE_SURROGATE.test(value);
}

/**
 * The start of every text input (procedure inputs and forms alike): a string that refuses control
 * characters and invalid Unicode with `invalidCharacters` on the field, before any other check.
 */
export const text = (options: { multiline?: boolean } = {}) =>
  z.string(m.invalid).refine((value) => hasOnlyTextCharacters(value, options), m.invalidCharacters);

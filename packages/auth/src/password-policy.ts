import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Common and breached passwords, offline (OWASP ASVS 4.0.3 V2.1.7): the ~49,000 most frequent passwords
 * of public breach corpora that zxcvbn-ts ships (@zxcvbn-ts/language-common, pinned in the catalog), held
 * lower-cased in a set; built on first use. No network at run time.
 */
let breached: ReadonlySet<string> | undefined;
function breachedPasswords(): ReadonlySet<string> {
  breached ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return breached;
}

/**
 * True when the password is on the list, ignoring case, also once digits and punctuation added at its end
 * are taken away ("Sunshine2026!" is "sunshine"), the most common way to stretch a listed password to a
 * required length.
 */
export function isBreachedPassword(password: string): boolean {
  const list = breachedPasswords();
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\s\p{P}\p{S}]+$/u, "");
  return list.has(lower) || (stem.length > 0 && list.has(stem));
}

/** Values an attacker puts into any field, whatever its schema says. */

/** Text that breaks naive code: NUL and lone surrogates (PostgreSQL's UTF-8 has no form for them), SQL and LIKE metacharacters, sheer length. */
export const hostileStrings: readonly string[] = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "x\uDFFFy",
  "%",
  "_",
  "%_'\"\\",
  "' OR '1'='1' --",
  "'; drop table users; --",
  "\\",
  "a".repeat(10_000),
  "😀".repeat(5_000),
  "\u202Eevil",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "1e309",
  "NaN",
  "2026-02-30",
  "0000-01-01",
  "9999-12-31",
  "+275760-09-13",
  "2030-03-31T02:30",
  "2030-10-27T02:30",
  "2030-05-01T24:00",
  "00000000-0000-0000-0000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "not-a-uuid",
];

export const hostileNumbers: readonly number[] = [
  -1,
  0,
  -0,
  0.1,
  2 ** 31,
  -(2 ** 31) - 1,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

/** Keys that pollute prototypes when code copies input with a plain `Object.assign` or a deep merge. */
export const pollutingKeys: readonly string[] = ["__proto__", "constructor", "prototype"];

/** A value that sets `polluted` on Object.prototype if some code merges it carelessly; an own `__proto__` key needs JSON.parse. */
export const pollutingValue = (): unknown => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');

/** Wrong types for any field or for the whole input. */
export const wrongTypes = (): readonly unknown[] => [
  null,
  undefined,
  true,
  [],
  {},
  [null],
  { length: 1e9 },
  10n,
  new Date(Number.NaN),
  new Date("2030-01-01"),
  new Uint8Array(3),
  new Map([["a", 1]]),
  pollutingValue(),
];

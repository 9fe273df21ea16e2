/**
 * NACE Rev. 2 sections by their first and last division (DOMAIN.md §1.3: 21 sections, 88 divisions).
 * Lets a code given as digits only (`28`, `28.41`, as business registers write it) be read as `C28`.
 */
const sectionRanges: readonly (readonly [section: string, first: number, last: number])[] = [
  ["A", 1, 3],
  ["B", 5, 9],
  ["C", 10, 33],
  ["D", 35, 35],
  ["E", 36, 39],
  ["F", 41, 43],
  ["G", 45, 47],
  ["H", 49, 53],
  ["I", 55, 56],
  ["J", 58, 63],
  ["K", 64, 66],
  ["L", 68, 68],
  ["M", 69, 75],
  ["N", 77, 82],
  ["O", 84, 84],
  ["P", 85, 85],
  ["Q", 86, 88],
  ["R", 90, 93],
  ["S", 94, 96],
  ["T", 97, 98],
  ["U", 99, 99],
];

/** The section letter of a NACE division (1–99), or null for a number that is no division (4, 34, …). */
export function naceSectionOfDivision(division: number): string | null {
  const range = sectionRanges.find(([, first, last]) => division >= first && division <= last);
  return range ? range[0] : null;
}

/**
 * A NACE code as the portal stores it (a section letter, or a section letter plus its two-digit division:
 * `C`, `C28`) from what people type: `c28`, `C 28`, `C28.41`, `28`, `28.41`. A class or group is cut to
 * its division (the taxonomy has divisions, §1.3). Null when it is no NACE code or the letter does not
 * belong to the division.
 */
export function normaliseNaceCode(raw: string): string | null {
  const match = /^([A-Ua-u])?\s*(?:(\d{1,2})(?:\.\d{1,2})?)?$/.exec(raw.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  const letter = match[1]?.toUpperCase();
  if (match[2] === undefined) return letter ?? null;
  const division = Number(match[2]);
  const section = naceSectionOfDivision(division);
  if (section === null || (letter !== undefined && letter !== section)) return null;
  return `${section}${String(division).padStart(2, "0")}`;
}

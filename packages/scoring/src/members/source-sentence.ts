import type { BilingualLabel } from "../domain/labels";

/** Where a figure comes from, in both languages, for the benchmarking's "shown with their source" (DOMAIN.md §6). */
export type SourceSentence = BilingualLabel;

/** A number for a sentence: at most one decimal, German with a decimal comma (`62,5`, `62.5`); "no value" for null. */
export function decimalText(value: number | null, locale: "de" | "en"): string {
  if (value === null) return locale === "de" ? "kein Wert" : "no value";
  const rounded = Math.round(value * 10) / 10;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
  return locale === "de" ? text.replace(".", ",") : text;
}

/** A percentage for a sentence: at most one decimal, German with a decimal comma (`62,5 %`, `62.5 %`). */
export function percentText(value: number | null, locale: "de" | "en"): string {
  return value === null ? decimalText(value, locale) : `${decimalText(value, locale)} %`;
}

/** A whole number with the language's thousands separator (`5.000`, `5,000`). */
export function countText(value: number, locale: "de" | "en"): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "de" ? "." : ",");
}

/** The common tail of every sentence: the member list as of the date. */
export function fromMemberList(date: string): BilingualLabel {
  return { de: `aus der Mitgliederliste vom ${date}`, en: `from the member list on ${date}` };
}

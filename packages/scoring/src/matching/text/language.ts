// Other packages compile these sources too (bench/); the reference brings the package's own typings along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor-modules.d.ts" />
import { deu, eng } from "stopword";
import { profileBoilerplate } from "../vocabulary/profile-boilerplate";

export type Language = "de" | "en";
export const languages: readonly Language[] = ["de", "en"];

export function otherLanguage(language: Language): Language {
  return language === "de" ? "en" : "de";
}

/**
 * Stop words of both languages (profiles mix them: "Machine Learning für die Fertigung") and the
 * seek/offer boilerplate of cooperation profiles.
 */
export const stopWords: ReadonlySet<string> = new Set([...deu, ...eng, ...profileBoilerplate]);

// Only words that belong to one language are evidence for it ("in", "an", "so" are in both lists).
const englishSet = new Set(eng);
const germanOnly = new Set(deu.filter((word) => !englishSet.has(word)));
const germanSet = new Set(deu);
const englishOnly = new Set(eng.filter((word) => !germanSet.has(word)));
const germanLetters = /[äöüß]/;

/**
 * German or English, from the lower-case words of a text: language-specific stop words count one
 * each, words with umlauts or ß count for German. A tie counts as German, the portal's default.
 */
export function detectLanguage(words: readonly string[]): Language {
  let german = 0;
  let english = 0;
  for (const word of words) {
    if (germanOnly.has(word) || germanLetters.test(word)) german += 1;
    else if (englishOnly.has(word)) english += 1;
  }
  return english > german ? "en" : "de";
}

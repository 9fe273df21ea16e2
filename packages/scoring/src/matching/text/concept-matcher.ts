import { conceptLexicon } from "../vocabulary/concept-lexicon";
import { type Language } from "./language";
import { createStemmer, type Stemmer } from "./stemming";
import { tokenize } from "./tokenize";

/**
 * Looks up words and word sequences of the bilingual term list. Keys are the stems of a form's words
 * in the form's own language, so inflected uses match ("vorausschauenden Wartung").
 */
export interface ConceptMatcher {
  /** Concept id of one word stemmed in `language`, if it is a form of that language. */
  word: (stem: string, language: Language) => string | undefined;
  /** Concept id of a word sequence (two or more stems joined by spaces). */
  phrase: (stems: string, language: Language) => string | undefined;
  /** Whether some phrase of `language` starts with this stem; if not, no phrase needs trying. */
  startsPhrase: (stem: string, language: Language) => boolean;
  /** The longest form in words; phrases longer than this need not be tried. */
  longestPhrase: number;
  /** One-word German forms, lower case: known parts for the compound splitter. */
  germanWords: readonly string[];
}

/** Distinct stem keys that the term list maps to two concepts (the first row wins); a test keeps this empty. */
export interface LexiconClash {
  key: string;
  concepts: readonly [string, string];
}

const inflections: Record<Language, readonly string[]> = {
  de: ["e", "en", "n", "s", "es", "er", "ern"],
  en: ["s", "es", "ed", "ing"],
};

let shared: (ConceptMatcher & { clashes: LexiconClash[] }) | undefined;

/**
 * The matcher of the shipped term list. Stemming its ~1,000 forms with their inflections takes
 * hundreds of milliseconds, and the list never changes at run time, so it is built once per process.
 */
export function sharedConceptMatcher(): ConceptMatcher & { clashes: LexiconClash[] } {
  shared ??= createConceptMatcher(createStemmer());
  return shared;
}

export function createConceptMatcher(stemmer: Stemmer): ConceptMatcher & { clashes: LexiconClash[] } {
  const words = { de: new Map<string, string>(), en: new Map<string, string>() };
  const phrases = { de: new Map<string, string>(), en: new Map<string, string>() };
  const phraseStarts = { de: new Set<string>(), en: new Set<string>() };
  const germanWords: string[] = [];
  const clashes: LexiconClash[] = [];
  let longestPhrase = 1;

  const add = (id: string, form: string, language: Language): void => {
    const norms = tokenize(form)
      .flat()
      .map((token) => token.norm);
    const table = norms.length === 1 ? words[language] : phrases[language];
    const head = norms.slice(0, -1).map((norm) => stemmer.stem(norm, language));
    if (head[0] !== undefined) phraseStarts[language].add(head[0]);
    const last = norms[norms.length - 1] ?? "";
    const key = [...head, stemmer.stem(last, language)].join(" ");
    const existing = table.get(key);
    if (existing !== undefined && existing !== id) clashes.push({ key: `${language}:${key}`, concepts: [existing, id] });
    if (existing === undefined) table.set(key, id);
    // Snowball does not always give a word and its inflections one stem ("leitsystem" → "leitsyst",
    // "leitsysteme" → "leitsystem"), so inflected variants of the last word are keys too, where free.
    for (const ending of inflections[language]) {
      const variant = [...head, stemmer.stem(last + ending, language)].join(" ");
      if (!table.has(variant)) table.set(variant, id);
    }
    if (norms.length === 1 && language === "de") germanWords.push(last);
    longestPhrase = Math.max(longestPhrase, norms.length);
  };

  for (const [id, english, german] of conceptLexicon) {
    for (const form of english.split("|")) add(id, form, "en");
    for (const form of german.split("|")) add(id, form, "de");
  }
  return {
    word: (stem, language) => words[language].get(stem),
    phrase: (stems, language) => phrases[language].get(stems),
    startsPhrase: (stem, language) => phraseStarts[language].has(stem),
    longestPhrase,
    germanWords,
    clashes,
  };
}

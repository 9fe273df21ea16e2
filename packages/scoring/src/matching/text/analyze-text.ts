import { germanCompoundParts } from "../vocabulary/german-compound-parts";
import { createCompoundSplitter } from "./compound-splitter";
import { sharedConceptMatcher } from "./concept-matcher";
import { detectLanguage, type Language, otherLanguage, stopWords } from "./language";
import { createStemmer } from "./stemming";
import { type Token, tokenize } from "./tokenize";

/**
 * One index term of a text and the words it came from. Terms are `c:<concept id>` for words of the
 * bilingual term list and `s:<stem>` otherwise; stems are not tagged by language, so cognates such
 * as "Sensor"/"sensors" meet.
 */
export interface AnalysedTerm {
  term: string;
  surface: string;
}

export interface AnalysedText {
  language: Language;
  terms: AnalysedTerm[];
}

export type TextAnalyzer = (text: string) => AnalysedText;

// Short numbers ("250 kW") are noise; standards ("IEC 62443", "ISO 13485") are worth matching.
const shortNumber = /^\p{N}{1,3}$/u;

/**
 * Creates an analyser: language detection, concept phrases of the term list (before stop words go,
 * since "design for recycling" contains one), then per word: a term-list concept, else for German
 * the known parts of a compound, else the stem. Memoises per word, so make one per corpus.
 */
export function createTextAnalyzer(): TextAnalyzer {
  const stemmer = createStemmer();
  const concepts = sharedConceptMatcher();
  const splitCompound = createCompoundSplitter([...germanCompoundParts, ...concepts.germanWords]);
  const wordTerms = { de: new Map<string, readonly string[]>(), en: new Map<string, readonly string[]>() };

  const conceptOf = (word: string, language: Language): string | undefined =>
    concepts.word(stemmer.stem(word, language), language) ??
    concepts.word(stemmer.stem(word, otherLanguage(language)), otherLanguage(language));

  const termsOfWord = (word: string, language: Language): readonly string[] => {
    const cached = wordTerms[language].get(word);
    if (cached) return cached;
    const concept = conceptOf(word, language);
    let terms: readonly string[];
    if (concept !== undefined) terms = [`c:${concept}`];
    else {
      const parts = language === "de" ? splitCompound(word) : null;
      terms = parts
        ? parts.map((part) => {
            const partConcept = concepts.word(stemmer.stem(part, "de"), "de");
            return partConcept === undefined ? `s:${stemmer.stem(part, "de")}` : `c:${partConcept}`;
          })
        : [`s:${stemmer.stem(word, language)}`];
    }
    wordTerms[language].set(word, terms);
    return terms;
  };

  /** The longest term-list phrase starting at `at`, tried in the text's language first. */
  const phraseAt = (segment: readonly Token[], at: number, language: Language): { length: number; concept: string } | null => {
    const first = segment[at]?.norm ?? "";
    const candidates = [language, otherLanguage(language)].filter((candidate) =>
      concepts.startsPhrase(stemmer.stem(first, candidate), candidate),
    );
    if (candidates.length === 0) return null;
    for (let length = Math.min(concepts.longestPhrase, segment.length - at); length >= 2; length -= 1) {
      const words = segment.slice(at, at + length).map((token) => token.norm);
      for (const candidate of candidates) {
        const concept = concepts.phrase(words.map((word) => stemmer.stem(word, candidate)).join(" "), candidate);
        if (concept !== undefined) return { length, concept };
      }
    }
    return null;
  };

  return (text) => {
    const segments = tokenize(text);
    const language = detectLanguage(segments.flat().map((token) => token.norm));
    const terms: AnalysedTerm[] = [];
    for (const segment of segments) {
      let phraseEnd = 0;
      segment.forEach((token, at) => {
        if (at >= phraseEnd) {
          const phrase = phraseAt(segment, at, language);
          const last = phrase ? segment[at + phrase.length - 1] : undefined;
          if (phrase && last) {
            terms.push({ term: `c:${phrase.concept}`, surface: text.slice(token.start, last.end) });
            phraseEnd = at + phrase.length;
          }
        }
        // Words of a phrase count on their own too, so "Wartung" still meets "predictive maintenance".
        if (token.norm.length < 2 || stopWords.has(token.norm) || shortNumber.test(token.norm)) return;
        const surface = text.slice(token.start, token.end);
        for (const term of termsOfWord(token.norm, language)) terms.push({ term, surface });
      });
    }
    return { language, terms };
  };
}

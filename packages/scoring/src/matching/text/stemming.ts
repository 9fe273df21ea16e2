// Other packages compile these sources too (bench/); the reference brings the package's own typings along.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./vendor-modules.d.ts" />
import snowball from "snowball-stemmers";
import { type Language } from "./language";

/** Snowball stemming for German and English, memoised per analyser (profile texts repeat words). */
export interface Stemmer {
  stem: (word: string, language: Language) => string;
}

export function createStemmer(): Stemmer {
  const algorithms = { de: snowball.newStemmer("german"), en: snowball.newStemmer("english") };
  const cache = { de: new Map<string, string>(), en: new Map<string, string>() };
  return {
    stem(word, language) {
      const known = cache[language].get(word);
      if (known !== undefined) return known;
      const stem = algorithms[language].stem(word);
      cache[language].set(word, stem);
      return stem;
    },
  };
}

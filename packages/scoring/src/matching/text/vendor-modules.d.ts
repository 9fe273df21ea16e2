// Minimal types for the two text packages, which ship none; only what the matching code uses.
declare module "stopword" {
  /** Stop-word lists by ISO 639-3 code. */
  export const deu: readonly string[];
  export const eng: readonly string[];
}

declare module "snowball-stemmers" {
  interface Stemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(algorithm: "german" | "english"): Stemmer };
  export default snowball;
}

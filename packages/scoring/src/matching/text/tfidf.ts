import { type AnalysedTerm } from "./analyze-text";

/**
 * A unit-length TF-IDF vector: term ids ascending, their weights, and for each term the surface of
 * its first occurrence in the text ("as written", for explanations).
 */
export interface TermVector {
  termIds: Int32Array;
  weights: Float64Array;
  surfaces: readonly string[];
}

export interface FittedTfIdf {
  vectors: TermVector[];
  /** Term of each id (`c:<concept>` or `s:<stem>`). */
  terms: string[];
}

/**
 * Fits TF-IDF on all documents and returns their vectors: weight = (1 + ln tf) × idf with the
 * smoothed idf = ln((1 + N) / (1 + df)) + 1, which stays above 0, so two documents have a positive
 * cosine exactly when they share a term (the index relies on this). Terms of a single document are
 * left out (minimum document frequency 2): they can never be shared, and would only lengthen that
 * document's vector and so shrink all of its similarities.
 */
const MIN_DOCUMENT_FREQUENCY = 2;

export function fitTfIdf(documents: readonly (readonly AnalysedTerm[])[]): FittedTfIdf {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  const counted = documents.map((document) => {
    const counts = new Map<number, { count: number; surface: string }>();
    for (const { term, surface } of document) {
      let termId = ids.get(term);
      if (termId === undefined) {
        termId = terms.length;
        ids.set(term, termId);
        terms.push(term);
      }
      const entry = counts.get(termId);
      if (entry) entry.count += 1;
      else counts.set(termId, { count: 1, surface });
    }
    return counts;
  });
  const documentFrequency = new Float64Array(terms.length);
  for (const counts of counted) for (const termId of counts.keys()) documentFrequency[termId] = (documentFrequency[termId] ?? 0) + 1;
  const idf = documentFrequency.map((df) => Math.log((1 + documents.length) / (1 + df)) + 1);

  const vectors = counted.map((counts) => {
    const termIds = Int32Array.from(counts.keys())
      .filter((termId) => (documentFrequency[termId] ?? 0) >= MIN_DOCUMENT_FREQUENCY)
      .sort();
    const weights = new Float64Array(termIds.length);
    const surfaces: string[] = [];
    let norm = 0;
    termIds.forEach((termId, at) => {
      const entry = counts.get(termId);
      const weight = entry ? (1 + Math.log(entry.count)) * (idf[termId] ?? 0) : 0;
      weights[at] = weight;
      surfaces.push(entry?.surface ?? "");
      norm += weight * weight;
    });
    const length = Math.sqrt(norm);
    if (length > 0) for (let at = 0; at < weights.length; at += 1) weights[at] = (weights[at] ?? 0) / length;
    return { termIds, weights, surfaces };
  });
  return { vectors, terms };
}

/** Cosine of two unit vectors, by merging their sorted term ids; clamped to [0, 1] against rounding. */
export function cosineSimilarity(a: TermVector, b: TermVector): number {
  return rangeCosine(a, b.termIds, b.weights, 0, b.termIds.length);
}

/**
 * `cosineSimilarity` of `a` with the vector stored at [from, to) of `termIds` and `weights` (the
 * index packs all profiles' vectors into two arrays, so the search reads one contiguous range per
 * candidate): the one implementation of both, so they give the same float, bit for bit.
 */
export function rangeCosine(a: TermVector, termIds: Int32Array, weights: Float64Array, from: number, to: number): number {
  let dot = 0;
  let i = 0;
  let j = from;
  while (i < a.termIds.length && j < to) {
    const left = a.termIds[i] ?? 0;
    const right = termIds[j] ?? 0;
    if (left === right) {
      dot += (a.weights[i] ?? 0) * (weights[j] ?? 0);
      i += 1;
      j += 1;
    } else if (left < right) i += 1;
    else j += 1;
  }
  return Math.min(1, dot);
}

/** Shared terms with their share of the cosine, largest first; surfaces from `a`. */
export function sharedTermContributions(a: TermVector, b: TermVector): { surface: string; contribution: number }[] {
  const shared: { surface: string; contribution: number }[] = [];
  let j = 0;
  a.termIds.forEach((termId, i) => {
    while (j < b.termIds.length && (b.termIds[j] ?? 0) < termId) j += 1;
    if (b.termIds[j] === termId) shared.push({ surface: a.surfaces[i] ?? "", contribution: (a.weights[i] ?? 0) * (b.weights[j] ?? 0) });
  });
  return shared.sort((x, y) => y.contribution - x.contribution);
}

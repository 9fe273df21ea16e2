import { runSteps, STEP_SLICE, type Steps } from "../steps";
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

/** All documents' vectors in two arrays: document d's terms and weights are at [start[d], start[d + 1]). */
export interface PackedVectors {
  start: Int32Array;
  termIds: Int32Array;
  weights: Float64Array;
}

export interface FittedTfIdf {
  /** Each document's vector, a view on its range of `packed`. */
  vectors: TermVector[];
  packed: PackedVectors;
  /** Term of each id (`c:<concept>` or `s:<stem>`). */
  terms: string[];
}

/**
 * What fitting needs of one text: its distinct terms in order of first occurrence, how often each
 * occurs, and the surface of its first occurrence. Counted once per text, so a refit over mostly the
 * same texts (an index rebuild) does no per-word work and allocates no per-text maps.
 */
export interface CountedTerms {
  terms: readonly string[];
  counts: Int32Array;
  surfaces: readonly string[];
}

export function countTerms(analysed: readonly AnalysedTerm[]): CountedTerms {
  const at = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const surfaces: string[] = [];
  for (const { term, surface } of analysed) {
    const known = at.get(term);
    if (known !== undefined) counts[known] = (counts[known] ?? 0) + 1;
    else {
      at.set(term, terms.length);
      terms.push(term);
      counts.push(1);
      surfaces.push(surface);
    }
  }
  return { terms, counts: Int32Array.from(counts), surfaces };
}

/**
 * Fits TF-IDF on all documents and returns their vectors: weight = (1 + ln tf) × idf with the
 * smoothed idf = ln((1 + N) / (1 + df)) + 1, which stays above 0, so two documents have a positive
 * cosine exactly when they share a term (the index relies on this). Terms of a single document are
 * left out (minimum document frequency 2): they can never be shared, and would only lengthen that
 * document's vector and so shrink all of its similarities. Term ids follow first occurrence over the
 * documents in order, so the same documents give the same ids and the same floats, bit for bit.
 */
const MIN_DOCUMENT_FREQUENCY = 2;

export function fitTfIdf(documents: readonly CountedTerms[]): FittedTfIdf {
  return runSteps(fitTfIdfSteps(documents));
}

/** `fitTfIdf` in slices of documents (`Steps`). */
export function* fitTfIdfSteps(documents: readonly CountedTerms[]): Steps<FittedTfIdf> {
  const ids = new Map<string, number>();
  const terms: string[] = [];
  // Every document's term ids in one array: document d's are at [start[d], start[d + 1]).
  const start = new Int32Array(documents.length + 1);
  documents.forEach((document, d) => (start[d + 1] = (start[d] ?? 0) + document.terms.length));
  const termIdAt = new Int32Array(start[documents.length] ?? 0);
  for (const [d, document] of documents.entries()) {
    if (d % STEP_SLICE === 0) yield;
    let at = start[d] ?? 0;
    for (const term of document.terms) {
      let termId = ids.get(term);
      if (termId === undefined) {
        termId = terms.length;
        ids.set(term, termId);
        terms.push(term);
      }
      termIdAt[at] = termId;
      at += 1;
    }
  }
  const documentFrequency = new Int32Array(terms.length);
  for (const termId of termIdAt) documentFrequency[termId] = (documentFrequency[termId] ?? 0) + 1;
  const idf = Float64Array.from(documentFrequency, (df) => Math.log((1 + documents.length) / (1 + df)) + 1);

  // All vectors live in two arrays and each is a view on its range: one allocation instead of two
  // typed arrays per document, which a rebuild of thousands of profiles otherwise spends its time on.
  const keptStart = new Int32Array(documents.length + 1);
  for (let d = 0; d < documents.length; d += 1) {
    if (d % STEP_SLICE === 0) yield;
    let kept = 0;
    for (let at = start[d] ?? 0; at < (start[d + 1] ?? 0); at += 1)
      if ((documentFrequency[termIdAt[at] ?? 0] ?? 0) >= MIN_DOCUMENT_FREQUENCY) kept += 1;
    keptStart[d + 1] = (keptStart[d] ?? 0) + kept;
  }
  const allTermIds = new Int32Array(keptStart[documents.length] ?? 0);
  const allWeights = new Float64Array(allTermIds.length);
  // Position of each term id in the current document, to read its count and surface in id order.
  const positionOf = new Int32Array(terms.length);
  const vectors: TermVector[] = [];
  for (const [d, document] of documents.entries()) {
    if (d % STEP_SLICE === 0) yield;
    const from = start[d] ?? 0;
    const termIds = allTermIds.subarray(keptStart[d], keptStart[d + 1]);
    let kept = 0;
    for (let j = 0; j < document.terms.length; j += 1) {
      const termId = termIdAt[from + j] ?? 0;
      if ((documentFrequency[termId] ?? 0) >= MIN_DOCUMENT_FREQUENCY) {
        positionOf[termId] = j;
        termIds[kept] = termId;
        kept += 1;
      }
    }
    termIds.sort();
    const weights = allWeights.subarray(keptStart[d], keptStart[d + 1]);
    const surfaces: string[] = [];
    let norm = 0;
    termIds.forEach((termId, at) => {
      const position = positionOf[termId] ?? 0;
      const weight = (1 + Math.log(document.counts[position] ?? 1)) * (idf[termId] ?? 0);
      weights[at] = weight;
      surfaces.push(document.surfaces[position] ?? "");
      norm += weight * weight;
    });
    const length = Math.sqrt(norm);
    if (length > 0) for (let at = 0; at < weights.length; at += 1) weights[at] = (weights[at] ?? 0) / length;
    vectors.push({ termIds, weights, surfaces });
  }
  return { vectors, packed: { start: keptStart, termIds: allTermIds, weights: allWeights }, terms };
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

import { compareDates } from "../dates/plain-date";
import type { BenchmarkingRecord } from "./label-input";

/** The benchmarking a label decision is about, and the one before it. */
export interface AssessedBenchmarkings {
  assessed: BenchmarkingRecord | null;
  previous: BenchmarkingRecord | null;
}

/**
 * The assessed benchmarking is the latest with date ≤ asOf (later ones are ignored); previous is the
 * latest before it. Dates are unique (the input schema rejects two on one date).
 */
export function selectAssessedBenchmarkings(benchmarkings: readonly BenchmarkingRecord[], asOf: string): AssessedBenchmarkings {
  const usable = benchmarkings
    .filter((benchmarking) => compareDates(benchmarking.date, asOf) <= 0)
    .sort((a, b) => compareDates(b.date, a.date));
  return { assessed: usable[0] ?? null, previous: usable[1] ?? null };
}

import { addYears, compareDates } from "../../dates/plain-date";
import type { IndicatorCatalogue, IndicatorValues } from "../indicator-types";
import { numericValue } from "../indicator-value";
import type { LabelAward } from "../label-input";
import type { PeerReportInput, ReferenceBenchmarking } from "./peer-input";

/** A cluster of the reference pool: its latest benchmarking in the window, values as numbers. */
export interface PoolMember {
  id: string;
  country: string;
  sector: string;
  /** Values in catalogue order on the numeric scale (yes = 1, no = 0); NaN where missing. */
  numbers: Float64Array;
  /** Holds a Gold label valid on `asOf` (from the union of the labels of all its entries). */
  holdsGold: boolean;
}

/** Values in catalogue order as numbers, NaN for missing: compact and fast to compare. */
export function toNumberVector(values: IndicatorValues, catalogue: IndicatorCatalogue): Float64Array {
  const numbers = new Float64Array(catalogue.indicators.length);
  catalogue.indicators.forEach((indicator, index) => {
    numbers[index] = numericValue(values[indicator.id]) ?? Number.NaN;
  });
  return numbers;
}

function isValidGold(label: LabelAward, asOf: string): boolean {
  return label.level === "gold" && compareDates(label.validFrom, asOf) <= 0 && compareDates(asOf, label.validUntil) <= 0;
}

/**
 * The pool of §6.2: for every reference cluster id other than the cluster's own, its latest entry with
 * asOf − 3 years ≤ benchmarkDate ≤ asOf (both included); ids without one are out. Sorted by id.
 */
export function buildReferencePool(input: PeerReportInput, catalogue: IndicatorCatalogue): PoolMember[] {
  const windowStart = addYears(input.asOf, -3);
  const latest = new Map<string, ReferenceBenchmarking>();
  const goldHolders = new Set<string>();
  for (const entry of input.reference) {
    if (entry.id === input.cluster.id) continue;
    if (entry.labels.some((label) => isValidGold(label, input.asOf))) goldHolders.add(entry.id);
    if (compareDates(entry.benchmarkDate, windowStart) < 0 || compareDates(entry.benchmarkDate, input.asOf) > 0) continue;
    const current = latest.get(entry.id);
    if (current === undefined || compareDates(entry.benchmarkDate, current.benchmarkDate) > 0) latest.set(entry.id, entry);
  }
  return [...latest.values()]
    .map((entry) => ({
      id: entry.id,
      country: entry.country,
      sector: entry.sector,
      numbers: toNumberVector(entry.values, catalogue),
      holdsGold: goldHolders.has(entry.id),
    }))
    .sort((a, b) => compareIds(a.id, b.id));
}

/** Ids sort by code unit (not locale), so the order is the same on every machine. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

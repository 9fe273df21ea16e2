import type { Direction } from "../indicator-types";
import { roundRatioHalfUp } from "../rounding";
import { lowerBound, upperBound } from "./sorted-search";

/**
 * How many of the ascending `sorted` values `own` equals or beats in the given direction: with
 * higher-is-better those ≤ own, with lower-is-better those ≥ own.
 */
export function countEqualledOrBeaten(sorted: ArrayLike<number>, own: number, direction: Direction): number {
  return direction === "higher" ? upperBound(sorted, own) : sorted.length - lowerBound(sorted, own);
}

/**
 * 100 × (values own equals or beats) / n rounded half-up to 1 decimal, as `peers` reports it (exact on
 * the integer counts); null when there is nothing to compare with.
 */
export function roundedPercentileRank(sorted: ArrayLike<number>, own: number, direction: Direction): number | null {
  if (sorted.length === 0) return null;
  return roundRatioHalfUp(100 * countEqualledOrBeaten(sorted, own, direction), sorted.length, 1);
}

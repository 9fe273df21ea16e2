import type { IndicatorCatalogue } from "../indicator-types";
import { countEqualledOrBeaten } from "./percentile-rank";
import type { PoolMember } from "./reference-pool";

/**
 * A candidate's composite score. `mean` is the mean percentile rank as a number; the order uses the
 * exact value, `exactSum / (scale × count)` with one `scale` per call, because floating-point sums of
 * equal means taken in a different order can differ in the last bit and would break "ties by id".
 */
export interface CompositeScore {
  mean: number;
  /** Σ over the ranked indicators of (others equalled or beaten) × scale / (others with a value). */
  exactSum: bigint;
  /** How many indicators gave a rank. */
  count: number;
}

/** Orders two composite scores of one `compositeScores` call by their exact value (ascending). */
export function compareCompositeScores(a: CompositeScore, b: CompositeScore): number {
  const left = a.exactSum * BigInt(b.count);
  const right = b.exactSum * BigInt(a.count);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Ascending values of the pool for one indicator (members without a value left out). */
export function sortedColumn(members: readonly PoolMember[], index: number): Float64Array {
  const column = new Float64Array(members.length);
  let length = 0;
  for (const member of members) {
    const value = member.numbers[index] ?? Number.NaN;
    if (!Number.isNaN(value)) column[length++] = value;
  }
  return column.subarray(0, length).sort();
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Least common multiple of the rank denominators, so every rank is a whole multiple of 1 / scale. */
function commonScale(denominators: readonly number[]): bigint {
  return denominators.reduce((scale, denominator) => {
    const big = BigInt(denominator);
    return (scale / gcd(scale, big)) * big;
  }, 1n);
}

/**
 * Composite score of each candidate (§6.2, best-in-class): the mean, over the scored indicators where
 * the candidate has a value, of its unrounded percentile rank against the other pool members. An
 * indicator where no other member has a value gives no rank and is left out of the mean; a candidate
 * with no rank at all scores null. One sorted column per indicator, so O(indicators × pool × log pool).
 */
export function compositeScores(
  pool: readonly PoolMember[],
  candidates: readonly PoolMember[],
  catalogue: IndicatorCatalogue,
): Map<string, CompositeScore | null> {
  const scored = catalogue.indicators.flatMap((indicator, index) => (indicator.scoring === null ? [] : [{ indicator, index }]));
  const columns = scored.map(({ index }) => sortedColumn(pool, index));
  // The candidate is in its own column: its peers are the others.
  const scale = commonScale(columns.filter((column) => column.length >= 2).map((column) => column.length - 1));
  const scores = new Map<string, CompositeScore | null>();
  for (const candidate of candidates) {
    let sum = 0;
    let exactSum = 0n;
    let count = 0;
    scored.forEach(({ indicator, index }, position) => {
      const own = candidate.numbers[index] ?? Number.NaN;
      const column = columns[position];
      if (Number.isNaN(own) || column === undefined || column.length < 2) return;
      // It equals itself once, and is not its own peer.
      const beaten = countEqualledOrBeaten(column, own, indicator.direction) - 1;
      const others = column.length - 1;
      sum += (100 * beaten) / others;
      exactSum += (BigInt(beaten) * scale) / BigInt(others);
      count++;
    });
    scores.set(candidate.id, count === 0 ? null : { mean: sum / count, exactSum, count });
  }
  return scores;
}

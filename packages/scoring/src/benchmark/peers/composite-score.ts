import type { IndicatorCatalogue } from "../indicator-types";
import { countEqualledOrBeaten } from "./percentile-rank";
import type { PoolMember } from "./reference-pool";

/**
 * A candidate's composite score: `mean` as a number, and the counts it is made of, so that equal means
 * compare equal ("ties by id"): floating-point sums of the same ranks in another order can differ in
 * the last bit.
 */
export interface CompositeScore {
  mean: number;
  /** Per scored indicator, the other members equalled or beaten; -1 where the indicator gave no rank. */
  beaten: Int32Array;
  /** Per scored indicator, the other members with a value (shared by all scores of one call). */
  others: Int32Array;
}

/**
 * A float mean of at most 31 ranks in [0, 100] is off by less than 1e-12, so means further apart
 * than this are ordered correctly as floats; closer ones are compared exactly.
 */
const FLOAT_MARGIN = 1e-9;

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** The mean rank (without the factor 100) as an exact fraction. */
function exactMean(score: CompositeScore): { numerator: bigint; denominator: bigint } {
  let numerator = 0n;
  let denominator = 1n;
  let count = 0n;
  score.beaten.forEach((beaten, position) => {
    const others = BigInt(score.others[position] ?? 1);
    if (beaten < 0) return;
    numerator = numerator * others + BigInt(beaten) * denominator;
    denominator *= others;
    const divisor = gcd(numerator, denominator);
    numerator /= divisor;
    denominator /= divisor;
    count++;
  });
  return { numerator, denominator: denominator * (count === 0n ? 1n : count) };
}

/** Orders two composite scores of one `compositeScores` call by their exact value (ascending). */
export function compareCompositeScores(a: CompositeScore, b: CompositeScore): number {
  if (Math.abs(a.mean - b.mean) > FLOAT_MARGIN) return a.mean < b.mean ? -1 : 1;
  const left = exactMean(a);
  const right = exactMean(b);
  const difference = left.numerator * right.denominator - right.numerator * left.denominator;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
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
  // A candidate is in its own column: its peers are the others.
  const others = Int32Array.from(columns, (column) => column.length - 1);
  const scores = new Map<string, CompositeScore | null>();
  for (const candidate of candidates) {
    const beatenByPosition = new Int32Array(scored.length).fill(-1);
    let sum = 0;
    let count = 0;
    scored.forEach(({ indicator, index }, position) => {
      const own = candidate.numbers[index] ?? Number.NaN;
      const column = columns[position];
      if (Number.isNaN(own) || column === undefined || column.length < 2) return;
      // It equals itself once, and is not its own peer.
      const beaten = countEqualledOrBeaten(column, own, indicator.direction) - 1;
      beatenByPosition[position] = beaten;
      sum += (100 * beaten) / (column.length - 1);
      count++;
    });
    scores.set(candidate.id, count === 0 ? null : { mean: sum / count, beaten: beatenByPosition, others });
  }
  return scores;
}

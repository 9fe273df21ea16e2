import type { IndicatorCatalogue } from "../indicator-types";
import { countEqualledOrBeaten } from "./percentile-rank";
import type { PoolMember } from "./reference-pool";

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
): Map<string, number | null> {
  const scored = catalogue.indicators.flatMap((indicator, index) => (indicator.scoring === null ? [] : [{ indicator, index }]));
  const columns = scored.map(({ index }) => sortedColumn(pool, index));
  const scores = new Map<string, number | null>();
  for (const candidate of candidates) {
    let sum = 0;
    let count = 0;
    scored.forEach(({ indicator, index }, position) => {
      const own = candidate.numbers[index] ?? Number.NaN;
      const column = columns[position];
      if (Number.isNaN(own) || column === undefined || column.length < 2) return;
      // The candidate is in its own column: it equals itself once, and is not its own peer.
      const beaten = countEqualledOrBeaten(column, own, indicator.direction) - 1;
      sum += (100 * beaten) / (column.length - 1);
      count++;
    });
    scores.set(candidate.id, count === 0 ? null : sum / count);
  }
  return scores;
}

/** Summary statistics of a group's values (§6.2); none rounded. */
export interface Summary {
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of an ascending, non-empty array by linear interpolation between order
 * statistics: R's type 7 (numpy's and spreadsheets' default), h = (n − 1) p. The result is capped at
 * the upper order statistic so floating-point rounding can never break min ≤ q1 ≤ median ≤ q3 ≤ max.
 */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lowIndex = Math.floor(h);
  const low = sorted[lowIndex] ?? Number.NaN;
  const fraction = h - lowIndex;
  if (fraction === 0) return low;
  const high = sorted[lowIndex + 1] ?? low;
  return Math.min(high, low + fraction * (high - low));
}

const empty: Summary = { n: 0, min: null, q1: null, median: null, q3: null, max: null, mean: null };

/** n, min, quartiles, max and mean of an ascending array; all null when it is empty. */
export function summarise(sorted: ArrayLike<number>): Summary {
  const n = sorted.length;
  if (n === 0) return { ...empty };
  let sum = 0;
  for (let index = 0; index < n; index++) sum += sorted[index] ?? 0;
  return {
    n,
    min: sorted[0] ?? null,
    q1: quantileType7(sorted, 0.25),
    median: quantileType7(sorted, 0.5),
    q3: quantileType7(sorted, 0.75),
    max: sorted[n - 1] ?? null,
    mean: sum / n,
  };
}

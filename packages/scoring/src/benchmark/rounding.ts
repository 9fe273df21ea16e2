/**
 * `numerator / denominator` rounded half-up to `decimals` places, computed on integers so that no
 * binary floating-point error can move a value across a rounding boundary (100 × 1 / 8 = 12.5 must
 * give 12.5, 100 × 123.5 / 150 must give 82.33). Both arguments must be non-negative safe integers,
 * the denominator positive. The result is the double nearest to the rounded decimal.
 */
export function roundRatioHalfUp(numerator: number, denominator: number, decimals: number): number {
  if (!Number.isSafeInteger(numerator) || numerator < 0) throw new RangeError(`numerator must be a non-negative integer, got ${numerator}`);
  if (!Number.isSafeInteger(denominator) || denominator <= 0)
    throw new RangeError(`denominator must be a positive integer, got ${denominator}`);
  const scale = 10 ** decimals;
  const scaled = BigInt(numerator) * BigInt(scale);
  const big = BigInt(denominator);
  // floor(x / d + 1/2) = floor((2x + d) / 2d): half-up for non-negative x.
  const units = (2n * scaled + big) / (2n * big);
  return Number(units) / scale;
}

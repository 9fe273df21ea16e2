/**
 * Money as exact decimals. A JSON number is a binary double, but people write costs as decimals
 * (0.1 + 0.2 must fit a budget of 0.3), so every cost and the budget become whole multiples of one
 * common decimal unit (`10^-scale`) as bigints: sums and comparisons are then exact.
 */
export interface DecimalUnits {
  /** The amounts in units of 10^-scale, in input order. */
  units: bigint[];
  scale: number;
}

interface Decimal {
  digits: bigint;
  scale: number;
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** `String(x)` is the shortest decimal that reads back as x: the number as it was written. */
function toDecimal(value: number): Decimal {
  const match = NUMBER_TEXT.exec(String(value));
  if (!match) throw new RangeError(`expected a finite number of at least 0, got ${value}`);
  const [, whole = "0", fraction = "", exponent = "0"] = match;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction);
  return scale >= 0 ? { digits, scale } : { digits: digits * 10n ** BigInt(-scale), scale: 0 };
}

/** Converts non-negative finite numbers to exact units of their finest common decimal place. */
export function toDecimalUnits(values: readonly number[]): DecimalUnits {
  const decimals = values.map(toDecimal);
  const scale = decimals.reduce((finest, decimal) => Math.max(finest, decimal.scale), 0);
  return { units: decimals.map((decimal) => decimal.digits * 10n ** BigInt(scale - decimal.scale)), scale };
}

/** The number nearest to `units × 10^-scale` (exact sums print as the decimal they are). */
export function unitsToNumber(units: bigint, scale: number): number {
  return Number(`${units}e-${scale}`);
}

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

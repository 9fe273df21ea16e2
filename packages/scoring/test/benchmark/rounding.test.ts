import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundRatioHalfUp } from "../../src/benchmark";

describe("roundRatioHalfUp", () => {
  it("rounds exact halves up where floating point would not", () => {
    expect(roundRatioHalfUp(100, 8, 1)).toBe(12.5);
    expect(roundRatioHalfUp(100, 16, 1)).toBe(6.3);
    expect(roundRatioHalfUp(1005, 1000, 2)).toBe(1.01); // 1.005 is 1.00499… as a double
    expect(roundRatioHalfUp(12350, 150, 2)).toBe(82.33);
    expect(roundRatioHalfUp(0, 7, 1)).toBe(0);
  });

  it("rejects non-integers and a zero denominator", () => {
    expect(() => roundRatioHalfUp(1.5, 2, 1)).toThrow(RangeError);
    expect(() => roundRatioHalfUp(1, 0, 1)).toThrow(RangeError);
  });

  it("property: within half a unit of the exact ratio", () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 3 }), (n, d, decimals) => {
        const rounded = roundRatioHalfUp(n, d, decimals);
        expect(Math.abs(rounded - n / d)).toBeLessThanOrEqual(0.5 / 10 ** decimals + 1e-9);
      }),
    );
  });
});

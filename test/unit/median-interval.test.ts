import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { binomialHalfCdf, medianInterval } from "../../bench/median-interval.ts";
import { seededRandom } from "../../scripts/snapshot/pilot-record.ts";

/** C(n, i) summed exactly, over 2^n. */
function exactCdf(n: number, k: number): number {
  let sum = 0n;
  let term = 1n;
  for (let i = 0; i <= Math.min(k, n); i++) {
    if (i > 0) term = (term * BigInt(n - i + 1)) / BigInt(i);
    sum += term;
  }
  return Number(sum) / 2 ** n;
}

describe("the bench's median interval", () => {
  it("sums the binomial distribution Bin(n, ½) as exact integer arithmetic does", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: -2, max: 62 }), (n, k) => {
        expect(binomialHalfCdf(n, k)).toBeCloseTo(exactCdf(n, k), 12);
      }),
    );
  });

  it("takes the order statistics the sign test's tables give", () => {
    const ranks = (n: number) => medianInterval(Array.from({ length: n }, (_, i) => i + 1));
    // n = 11: [x(2), x(10)], 1 − 2·12/2048; n = 10: [x(2), x(9)]; n = 20: [x(6), x(15)]; n = 6: [x(1), x(6)]
    expect(ranks(11)).toEqual({ median: 6, low: 2, high: 10, coverage: 1 - (2 * 12) / 2048, rank: 2, min: 1, max: 11 });
    expect(ranks(10)).toMatchObject({ median: 5.5, low: 2, high: 9, coverage: 1 - (2 * 11) / 1024 });
    expect(ranks(20)).toMatchObject({ low: 6, high: 15, coverage: 1 - (2 * 21_700) / 2 ** 20 });
    expect(ranks(6)).toMatchObject({ low: 1, high: 6, coverage: 1 - 2 / 64 });
    // Five values cannot hold the median with 95 %: even their range covers only 1 − 2/32.
    expect(ranks(5)).toMatchObject({ median: 3, rank: 0 });
    expect(ranks(5).low).toBeNaN();
    expect(medianInterval([]).median).toBeNaN();
  });

  it("gives the widest-reaching pair of values whose coverage is at least the level, whatever the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 6, maxLength: 200 }),
        fc.constantFrom(0.8, 0.9, 0.95, 0.99),
        (values, level) => {
          const found = medianInterval(values, level);
          const n = values.length;
          if (found.rank === 0) {
            // Too few values for this level: even the whole range covers less.
            expect(1 - 2 * binomialHalfCdf(n, 0)).toBeLessThan(level);
            return;
          }
          expect(found.coverage).toBeGreaterThanOrEqual(level);
          // One rank further in would cover less than asked.
          if (found.rank < Math.floor(n / 2)) expect(1 - 2 * binomialHalfCdf(n, found.rank)).toBeLessThan(level);
          expect(values).toContain(found.low);
          expect(values).toContain(found.high);
          expect(found.min).toBeLessThanOrEqual(found.low);
          expect(found.high).toBeLessThanOrEqual(found.max);
          expect(found.low).toBeLessThanOrEqual(found.median);
          expect(found.median).toBeLessThanOrEqual(found.high);
          // The order statistics of the rank: exactly rank − 1 values lie strictly below the low bound when all differ.
          if (new Set(values).size === n) expect(values.filter((v) => v < found.low)).toHaveLength(found.rank - 1);
        },
      ),
    );
  });

  it("holds the true median of a skewed distribution as often as it says, in repeated samples of eleven", () => {
    // Log-normal samples (as skewed as cold starts); the true median is e^0 = 1.
    // Seeded, so that the check draws the same samples every run.
    const random = seededRandom(20261207);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const trials = 4000;
    let held = 0;
    for (let t = 0; t < trials; t++) {
      const sample = Array.from({ length: 11 }, () => Math.exp(0.4 * normal()));
      const { low, high } = medianInterval(sample);
      if (low <= 1 && 1 <= high) held++;
    }
    // Stated coverage 98.8 %; the next rank in would state 93.5 %, one further 77.4 %.
    expect(held / trials).toBeGreaterThan(0.978);
    expect(held / trials).toBeLessThan(0.996);
  });

  it("refuses a level that is not a probability, and values that are not finite numbers", () => {
    expect(() => medianInterval([1, 2, 3], 1)).toThrow(RangeError);
    expect(() => medianInterval([1, 2, 3], 0)).toThrow(RangeError);
    // A round whose p50 had no requests gives NaN, which would scramble the order statistics unseen.
    expect(() => medianInterval([1, 2, Number.NaN, 4, 5, 6])).toThrow(RangeError);
    expect(() => medianInterval([1, 2, Number.POSITIVE_INFINITY, 4, 5, 6])).toThrow(RangeError);
  });
});

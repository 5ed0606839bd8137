/**
 * A median with its confidence interval, free of any assumption about the distribution: the interval between
 * two order statistics, chosen by the binomial distribution Bin(n, ½) of how many values fall below the true
 * median (the sign test's interval). Of n values sorted, [x(j), x(n+1−j)] holds the median with probability
 * 1 − 2·P(B ≤ j − 1); j is the largest for which that is at least the level asked for.
 *
 * Cold starts are skewed (a slow round now and then), so a mean and its standard error would say too little.
 * The interval is the median's: it narrows as rounds are added, while how far one round lies from the next does
 * not, so the rounds' own range is kept beside it.
 */
export interface MedianInterval {
  readonly median: number;
  /** NaN when there are too few values for any interval at the level (fewer than 6 at 95 %). */
  readonly low: number;
  readonly high: number;
  /** The probability the interval holds the median (at least the level; exact for continuous values). */
  readonly coverage: number;
  /** The 1-based rank of the lower bound among the sorted values (0 when there is no interval). */
  readonly rank: number;
  /** The smallest and the largest value: how far the rounds themselves spread, which the interval does not say. */
  readonly min: number;
  readonly max: number;
}

/** P(B ≤ k) for B ~ Bin(n, ½). */
export function binomialHalfCdf(n: number, k: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  // C(n, i) / 2^n, summed in log space so that large n does not overflow.
  let logTerm = -n * Math.LN2; // i = 0
  let sum = Math.exp(logTerm);
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log((n - i + 1) / i);
    sum += Math.exp(logTerm);
  }
  return Math.min(1, sum);
}

export function medianInterval(values: readonly number[], level = 0.95): MedianInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, not ${level}`);
  if (!values.every(Number.isFinite)) throw new RangeError("every value must be a finite number");
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { median: Number.NaN, low: Number.NaN, high: Number.NaN, coverage: 0, rank: 0, min: Number.NaN, max: Number.NaN };
  const min = sorted[0] as number;
  const max = sorted[n - 1] as number;
  const middle = n / 2;
  const median = n % 2 === 1 ? (sorted[Math.floor(middle)] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  let rank = 0;
  let coverage = 0;
  for (let j = 1; j <= Math.floor(n / 2); j++) {
    const c = 1 - 2 * binomialHalfCdf(n, j - 1);
    if (c < level) break;
    rank = j;
    coverage = c;
  }
  if (rank === 0) return { median, low: Number.NaN, high: Number.NaN, coverage: 0, rank: 0, min, max };
  return { median, low: sorted[rank - 1] as number, high: sorted[n - rank] as number, coverage, rank, min, max };
}

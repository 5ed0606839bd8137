/**
 * How many days the curator took from a sample trial's submission to the decision: 3 to 44, fixed per
 * trial (from its key), so the statistics page's review times differ from quarter to quarter.
 */
export function sampleReviewDays(key: string): number {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return 3 + (hash % 42);
}

const DAY_MS = 86_400_000;

/** Whole days from `iso` until `now`; 0 for a time in the future. How long a trial has waited or is overdue. */
export function daysSince(iso: string, now = new Date()): number {
  return Math.max(0, Math.floor((now.getTime() - new Date(iso).getTime()) / DAY_MS));
}

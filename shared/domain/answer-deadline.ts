const DAY_MS = 86_400_000;

/** How many working days the curators promise to answer a submitted trial within. */
export const ANSWER_WORKING_DAYS = 10;

/** The date `days` working days (Monday–Friday) after `from`, on the calendar of `from`'s own day. */
export function addWorkingDays(from: Date, days: number): Date {
  const d = new Date(from);
  let left = days;
  while (left > 0) {
    d.setDate(d.getDate() + 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d;
}

/** A date as YYYY-MM-DD in Norway's time zone. */
function norwegianDay(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
}

export interface AnswerDeadline {
  /** The promised answer date (YYYY-MM-DD): ten working days after the day it was submitted, in Norway. */
  readonly answerBy: string;
  /** Whole days past the answer date; 0 on the date itself and before it. */
  readonly daysOverdue: number;
  /** Working days are not counted here: whole calendar days until the answer date, 0 once it has come. */
  readonly daysLeft: number;
}

/** The answer date a submitted trial was promised, and how far `now` is from it. */
export function answerDeadline(submittedAt: string, now = new Date()): AnswerDeadline {
  // Calendar arithmetic on the Norwegian day at noon UTC, so no time zone or summer time shifts the date.
  const submittedDay = new Date(`${norwegianDay(new Date(submittedAt))}T12:00:00Z`);
  const due = new Date(submittedDay);
  let left = ANSWER_WORKING_DAYS;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    if (due.getUTCDay() !== 0 && due.getUTCDay() !== 6) left--;
  }
  const answerBy = due.toISOString().slice(0, 10);
  const today = new Date(`${norwegianDay(now)}T12:00:00Z`);
  const diff = Math.round((today.getTime() - due.getTime()) / DAY_MS);
  return { answerBy, daysOverdue: Math.max(0, diff), daysLeft: Math.max(0, -diff) };
}

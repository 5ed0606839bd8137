import { describe, expect, it } from "vitest";
import { answerDeadline, ANSWER_WORKING_DAYS } from "../../shared/domain/answer-deadline.ts";

describe("the promised answer date", () => {
  it("is ten working days after the Norwegian day of submission, weekends not counted", () => {
    expect(ANSWER_WORKING_DAYS).toBe(10);
    // Monday 30 November 2026 → Monday 14 December 2026.
    expect(answerDeadline("2026-11-30T09:00:00Z", new Date("2026-12-01T09:00:00Z"))).toEqual({ answerBy: "2026-12-14", daysOverdue: 0, daysLeft: 13 });
    // Friday 4 December → Friday 18 December.
    expect(answerDeadline("2026-12-04T10:00:00Z", new Date("2026-12-04T10:00:00Z")).answerBy).toBe("2026-12-18");
  });

  it("counts the day of submission in Norway's time zone (23:30 UTC on a Sunday is Monday in Oslo)", () => {
    expect(answerDeadline("2026-11-29T23:30:00Z", new Date("2026-11-30T08:00:00Z")).answerBy).toBe("2026-12-14");
  });

  it("is not overdue on the answer date itself, and counts whole days after it", () => {
    expect(answerDeadline("2026-11-30T09:00:00Z", new Date("2026-12-14T21:00:00Z"))).toMatchObject({ daysOverdue: 0, daysLeft: 0 });
    expect(answerDeadline("2026-11-30T09:00:00Z", new Date("2026-12-15T08:00:00Z"))).toMatchObject({ daysOverdue: 1, daysLeft: 0 });
    // A trial submitted four years ago is far past it, not just "old".
    expect(answerDeadline("2023-01-16T09:00:00Z", new Date("2026-12-05T12:00:00Z")).daysOverdue).toBe(1405);
  });
});

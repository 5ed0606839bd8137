import { describe, expect, it } from "vitest";
import { remindersDue } from "../../shared/domain/notices/reminders.ts";
import { failedResults } from "../../fixtures/pilots.ts";
import { storedPilot } from "../../fixtures/stored-pilot.ts";

const ended = (state: "published" | "submitted" | "draft" | "withdrawn" = "published") =>
  storedPilot({ state }, { period: { start: "2025-01-15", end: "2025-12-15" }, trialStatus: "pagar" });

describe("results reminders due on a day", () => {
  it("is none before the end date has passed", () => {
    expect(remindersDue(ended(), "2025-12-15")).toEqual([]);
  });

  it("reminds the office the day after the end date", () => {
    const [notice, ...rest] = remindersDue(ended(), "2025-12-16");
    expect(rest).toEqual([]);
    expect(notice).toMatchObject({ kind: "results_due", audience: "office", details: { stage: "ended", daysSinceEnd: 1 } });
  });

  it("reminds again at 30 days with one notice only, under a new key", () => {
    const first = remindersDue(ended(), "2025-12-16")[0]?.eventKey;
    const at30 = remindersDue(ended(), "2026-01-15");
    expect(at30).toHaveLength(1);
    expect(at30[0]?.details.stage).toBe("30");
    expect(at30[0]?.eventKey).not.toBe(first);
    // Every later day in the same stage gives the same key: a rerun or the next day's run sends nothing again.
    expect(remindersDue(ended(), "2026-01-20")[0]?.eventKey).toBe(at30[0]?.eventKey);
  });

  it("tells the curators as well at 90 days", () => {
    const notices = remindersDue(ended(), "2026-03-15");
    expect(notices.map((n) => [n.kind, n.audience, n.details.stage])).toEqual([
      ["results_due", "office", "90"],
      ["results_overdue_curators", "curators", "90"],
    ]);
  });

  it("stops once results are reported", () => {
    const reported = storedPilot({}, { period: { start: "2025-01-15", end: "2025-12-15" }, trialStatus: "avsluttet", results: failedResults() });
    expect(remindersDue(reported, "2026-03-15")).toEqual([]);
  });

  it("chases neither drafts nor withdrawn trials", () => {
    expect(remindersDue(ended("draft"), "2026-03-15")).toEqual([]);
    expect(remindersDue(ended("withdrawn"), "2026-03-15")).toEqual([]);
    expect(remindersDue(ended("submitted"), "2026-03-15")).toHaveLength(2);
  });

  it("asks a trial running without an end date once a year whether it still runs", () => {
    const running = storedPilot({}, { period: { start: "2024-05-02" }, trialStatus: "pagar" });
    expect(remindersDue(running, "2025-05-01")).toEqual([]);
    const year1 = remindersDue(running, "2025-05-02");
    expect(year1).toMatchObject([{ kind: "still_running", details: { years: 1 } }]);
    expect(remindersDue(running, "2026-01-01")[0]?.eventKey).toBe(year1[0]?.eventKey);
    expect(remindersDue(running, "2026-05-02")[0]?.details.years).toBe(2);
  });

  it("uses the recorded day for an ended trial without an end date", () => {
    const noDate = storedPilot({ updatedAt: "2025-06-01T10:00:00.000Z" }, { period: { start: "2025-01-15" }, trialStatus: "avbrutt" });
    expect(remindersDue(noDate, "2025-07-01")[0]?.details).toEqual({ stage: "30", daysSinceEnd: 30 });
  });
});

import { describe, expect, it } from "vitest";
import { OUTCOMES } from "../../shared/domain/taxonomy.ts";
import { verdict, VERDICT_COLOR, VERDICT_KINDS } from "../../shared/domain/verdict.ts";

describe("verdict", () => {
  it("joins a worked outcome with the rubric's words for the effect", () => {
    // Act
    const strong = verdict({ outcome: "virket", evidence: { strength: 4, direction: "positiv" } });
    const probable = verdict({ outcome: "virket", evidence: { strength: 3, direction: "positiv" } });

    // Assess
    expect(strong).toEqual({ kind: "worked", label: "Virket – dokumentert effekt", finding: "Virket", strength: "dokumentert effekt", color: "success" });
    expect(probable.label).toBe("Virket – sannsynlig effekt");
  });

  it("says a well-documented trial without effect is well documented, in its own colour", () => {
    // Act
    const result = verdict({ outcome: "virket-ikke", evidence: { strength: 4, direction: "ingen" } });

    // Assess
    expect(result.label).toBe("Virket ikke – godt dokumentert");
    expect(result.kind).toBe("not-worked");
    expect(result.color).not.toBe(verdict({ outcome: "virket", evidence: { strength: 4, direction: "positiv" } }).color);
  });

  it("says when there are no results yet, in a colour apart from 'virket ikke'", () => {
    // Act
    const none = verdict({ evidence: { strength: 1, direction: "uavklart" } });
    const notWorked = verdict({ outcome: "virket-ikke", evidence: { strength: 1, direction: "uavklart" } });

    // Assess
    expect(none).toEqual({ kind: "no-results", label: "Ingen resultater ennå", finding: "Ingen resultater ennå", color: "neutral" });
    expect(notWorked.label).toBe("Virket ikke – ikke målt");
    expect(none.color).not.toBe(notWorked.color);
  });

  it("rates nothing when it is too early to tell or no rating is given", () => {
    // Act
    const early = verdict({ outcome: "for-tidlig", evidence: { strength: 3, direction: "uavklart" } });
    const unrated = verdict({ outcome: "delvis" });

    // Assess
    expect(early.label).toBe("For tidlig å si");
    expect(early.strength).toBeUndefined();
    expect(unrated.label).toBe("Virket delvis");
  });

  it("gives every outcome at every level one distinct phrase, and every kind its own colour", () => {
    // Prepare
    const labels = new Set<string>();
    let count = 0;

    // Act
    for (const { code } of OUTCOMES) {
      if (code === "for-tidlig") continue;
      for (const strength of [1, 2, 3, 4]) {
        labels.add(verdict({ outcome: code, evidence: { strength } }).label);
        count += 1;
      }
    }

    // Assess
    expect(labels.size).toBe(count);
    expect(new Set(VERDICT_KINDS.map((k) => VERDICT_COLOR[k])).size).toBe(VERDICT_KINDS.length);
  });
});

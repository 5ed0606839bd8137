import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { aggregateMethod, PublicSnapshotSchema } from "../../shared/public/index.ts";
import { addMethod, listText, parseSelection, removeMethod, selectionMessages, selectionSearch } from "../../site/src/lib/compare-selection.ts";
import { methodSummary } from "../../site/src/lib/method-summary.ts";

const KNOWN = new Set(["a", "b", "c", "d", "e", "ips"]);
const NAMES: Record<string, string> = { a: "Alfa", b: "Beta", c: "Gamma", d: "Delta", e: "Epsilon", ips: "IPS" };
const nameOf = (slug: string) => NAMES[slug] ?? slug;

describe("parseSelection: which methods the comparison shows", () => {
  it("reads comma-separated slugs in order, trimmed and in lower case, without repeats", () => {
    expect(parseSelection("?metoder=b,%20A,b,,c", KNOWN).slugs).toEqual(["b", "a", "c"]);
  });

  it("reads repeated parameters as well", () => {
    expect(parseSelection("?metoder=a&metoder=c", KNOWN).slugs).toEqual(["a", "c"]);
  });

  it("keeps four and names the known ones beyond", () => {
    const selection = parseSelection("?metoder=a,b,c,d,e", KNOWN);
    expect(selection.slugs).toEqual(["a", "b", "c", "d"]);
    expect(selection.overflow).toEqual(["e"]);
    expect(selectionMessages(selection, nameOf)).toEqual(["Du kan sammenligne høyst fire metoder om gangen. Disse ble ikke tatt med: Epsilon."]);
  });

  it("names unknown slugs and asks for one more when one method is left", () => {
    const selection = parseSelection("?metoder=ips,finnes-ikke,heller-ikke", KNOWN);
    expect(selection.slugs).toEqual(["ips"]);
    expect(selection.unknown).toEqual(["finnes-ikke", "heller-ikke"]);
    expect(selectionMessages(selection, nameOf)).toEqual([
      "Vi fant ingen metoder som heter «finnes-ikke» og «heller-ikke».",
      "Du har valgt én metode, IPS. Velg minst én til for å sammenligne.",
    ]);
  });

  it("asks for two methods when none is given, and says nothing for two to four", () => {
    expect(selectionMessages(parseSelection("", KNOWN), nameOf)).toEqual(["Velg minst to metoder for å sammenligne dem."]);
    expect(selectionMessages(parseSelection("?metoder=a,b", KNOWN), nameOf)).toEqual([]);
    expect(selectionMessages(parseSelection("?metoder=a,b,c,d", KNOWN), nameOf)).toEqual([]);
  });

  it("uses the kept selection only when the address has none, and adds `leggtil` to it", () => {
    expect(parseSelection("?leggtil=c", KNOWN, { stored: ["a", "b"] }).slugs).toEqual(["a", "b", "c"]);
    expect(parseSelection("?metoder=d&leggtil=c", KNOWN, { stored: ["a", "b"] }).slugs).toEqual(["d", "c"]);
    expect(parseSelection("?leggtil=a", KNOWN, { stored: ["a", "b"] }).slugs).toEqual(["a", "b"]);
  });

  it("follows a merged method's old slug to the method it became", () => {
    expect(parseSelection("?metoder=gammel,ips,b", KNOWN, { moved: new Map([["gammel", "b"]]) }).slugs).toEqual(["b", "ips"]);
  });
});

describe("changing the selection", () => {
  it("adds at the end, never twice and never a fifth", () => {
    expect(addMethod(["a"], "b")).toEqual(["a", "b"]);
    expect(addMethod(["a", "b"], "a")).toEqual(["a", "b"]);
    expect(addMethod(["a", "b", "c", "d"], "e")).toEqual(["a", "b", "c", "d"]);
    expect(removeMethod(["a", "b", "c"], "b")).toEqual(["a", "c"]);
  });

  it("writes a readable, shareable address", () => {
    expect(selectionSearch(["supported-employment", "ips"])).toBe("?metoder=supported-employment,ips");
    expect(selectionSearch([])).toBe("");
    expect(listText(["A", "B", "C"])).toBe("A, B og C");
    expect(listText(["A"])).toBe("A");
  });
});

describe("methodSummary: a method in a small file", () => {
  const snapshot = PublicSnapshotSchema.parse(JSON.parse(readFileSync(new URL("../../fixtures/public-snapshot.json", import.meta.url), "utf8")));
  const summaryOf = (slug: string) => {
    const method = snapshot.methods.find((m) => m.slug === slug)!;
    const trials = snapshot.pilots.filter((p) => p.methodId === method.id);
    return { summary: methodSummary(method, aggregateMethod(method, trials), trials, `/metode/${slug}/`), trials };
  };

  it("carries the pooled effect with its interval texts, and says when the interval spans zero", () => {
    const { summary } = summaryOf("supported-employment");
    const effect = summary.effects.find((e) => e.measureCode === "arbeid-utdanning-6m")!;
    expect(effect.k).toBe(4);
    expect(effect.unitWords).toBe("prosentpoeng");
    expect(effect.prediction).toBeDefined();
    expect(effect.text.ci).toMatch(/^mellom −?\d+(,\d)? og −?\d+(,\d)?$/);
    expect(effect.unknownDirection).toBe(effect.ciLower <= 0 && effect.ciUpper >= 0);
  });

  it("has no prediction interval from two trials", () => {
    const effect = summaryOf("ips").summary.effects[0]!;
    expect(effect.k).toBe(2);
    expect(effect.prediction).toBeUndefined();
    expect(effect.text.prediction).toBeUndefined();
  });

  it("spans the cost per participant over the trials that show it, and lists the most frequent target group first", () => {
    const { summary, trials } = summaryOf("ips");
    const costs = trials.flatMap((p) => (typeof p.costPerParticipantNok === "number" ? [p.costPerParticipantNok as number] : []));
    expect(costs.length).toBeLessThan(trials.length);
    expect(summary.cost).toMatchObject({ min: Math.min(...costs), max: Math.max(...costs), trials: costs.length });
    expect(summary.cost?.text).toMatch(/^\d[\d\u00a0\u202f ]*–\d[\d\u00a0\u202f ]*\u00a0kr$/);
    expect(summary.targetGroups[0]).toBe("Personer med psykiske helseproblemer og/eller rusproblemer");
    expect(summary.recommended).toBe(true);
    expect(summary.recommendationNote).toBeTruthy();
  });

  it("stays small: under 2 KB per method at the sample", () => {
    for (const method of snapshot.methods.filter((m) => !m.mergedInto)) {
      expect(JSON.stringify(summaryOf(method.slug).summary).length).toBeLessThan(2048);
    }
  });
});

import { describe, expect, it } from "vitest";
import { groupToken, NAME_GROUPS, SYNONYM_GROUPS, synonymMatcher, synonymQuery, termToken, TOKEN_PATTERN } from "../../shared/domain/synonyms.ts";
import { breakTies } from "../../site/src/lib/search-ranking.ts";
import { buildVocabulary, correctQuery, isKnownForm } from "../../site/src/lib/search-vocabulary.ts";

const group = (word: string) => SYNONYM_GROUPS.findIndex((g) => g.includes(word));

describe("a synonym's hit counts a little less than the word itself", () => {
  it("asks for the typed term's own token (every trial of the group has it), except for a name in its other forms", () => {
    // Act
    const young = synonymQuery("ungdom");
    const ips = synonymQuery("individuell jobbstøtte");

    // Assess
    expect(young.split(" ")).toEqual([termToken(group("ungdom"), SYNONYM_GROUPS[group("ungdom")]!.indexOf("ungdom"))]);
    expect(NAME_GROUPS.has("IPS")).toBe(true);
    expect(ips).toBe(groupToken(group("IPS")));
  });

  it("gives a text the term tokens of the terms it holds, and those of the rest of their groups apart", () => {
    // Act
    const { present, related } = synonymMatcher().termTokens("Tilbud til unge under 30 år");
    const g = group("ungdom");

    // Assess
    expect(present).toEqual([termToken(g, SYNONYM_GROUPS[g]!.indexOf("unge"))]);
    expect(related).toContain(termToken(g, SYNONYM_GROUPS[g]!.indexOf("ungdom")));
    expect(related).not.toContain(present[0]);
  });

  it("makes every token distinct, none the start of another, and each recognised as a token", () => {
    // Act
    const tokens = SYNONYM_GROUPS.flatMap((terms, i) => [groupToken(i), ...terms.map((_, t) => termToken(i, t))]);

    // Assess
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const a of tokens) {
      expect(TOKEN_PATTERN.test(a), a).toBe(true);
      for (const b of tokens) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
    }
  });
});

describe("typos and words no trial holds", () => {
  const vocabulary = buildVocabulary([
    { sections: [{ text: "Arbeidstrening for unge. Arbeidstrening i butikk. Fagbrev." }] },
    { sections: [{ text: "Arbeidstrening og arbeid; velferdsobligasjon for løslatte" }] },
  ]);

  it("searches a misspelt word as the nearest known word", () => {
    expect(correctQuery("arbeidstreneing", vocabulary)).toEqual({ kind: "corrected", query: "arbeidstrening" });
    expect(correctQuery("loslatte unge", vocabulary)).toEqual({ kind: "corrected", query: "løslatte unge" });
  });

  it("keeps known words, their longer forms and short words as typed", () => {
    expect(isKnownForm("fagbrevet", vocabulary)).toBe(true);
    expect(isKnownForm("velferdsobligasjoner", vocabulary)).toBe(true);
    expect(isKnownForm("løslatt", vocabulary)).toBe(true);
    expect(isKnownForm("arbeidstreneing", vocabulary)).toBe(false);
    expect(correctQuery("fagbrevet for unge", vocabulary)).toEqual({ kind: "known" });
    expect(correctQuery("arbeid i 2024", vocabulary)).toEqual({ kind: "known" });
  });

  it("finds nothing for a word with nothing near it, rather than loose partial matches", () => {
    expect(correctQuery("skjermtolk", vocabulary)).toEqual({ kind: "absent", words: ["skjermtolk"] });
    expect(correctQuery("arbeidstrening barnehage", vocabulary)).toEqual({ kind: "absent", words: ["barnehage"] });
  });
});

describe("ties", () => {
  const hit = (id: string, score: number, dokumentert: number, start: number) => ({
    score,
    item: id,
    meta: { dokumentert: String(dokumentert), start: String(start) },
  });

  it("puts the better documented, then the newer, first among equally good hits, and keeps the score order otherwise", () => {
    // Act
    const order = breakTies([hit("a", 10, 1, 2024), hit("b", 9.9, 4, 2019), hit("c", 9.9, 4, 2023), hit("d", 5, 5, 2025), hit("e", 4.99, 0, 2026)]).map(
      (h) => h.item,
    );

    // Assess
    expect(order).toEqual(["c", "b", "a", "d", "e"]);
  });
});

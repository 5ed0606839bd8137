import { describe, expect, it } from "vitest";
import { groupToken, SYNONYM_GROUPS, synonymMatcher, synonymQuery, synonymTokens } from "../../shared/domain/synonyms.ts";
import { buildVocabulary, editDistance, isKnown, nearestWords, suggestions } from "../../site/src/lib/search-vocabulary.ts";
import { highlightSegments } from "../../site/src/scripts/excerpt.ts";

const group = (word: string) => SYNONYM_GROUPS.findIndex((g) => g.includes(word));

describe("synonyms", () => {
  it("adds the other words of a group found in a text, word forms included", () => {
    // Act
    const extra = synonymMatcher().expand("Tilbud til sykmeldte og unge under 30 år");

    // Assess
    expect(extra).toEqual(expect.arrayContaining(["sykefravær", "sykmeldt", "ungdom", "unge voksne"]));
    expect(extra).not.toContain("unge");
  });

  it("matches short abbreviations as whole words only", () => {
    // Act
    const extra = synonymMatcher().expand("Vi avtaler aftenmøter med ipsen");

    // Assess
    expect(extra).not.toContain("arbeidsforberedende trening");
    expect(extra).not.toContain("individuell jobbstøtte");
  });

  it("asks the same question for an abbreviation and its long form", () => {
    // Act
    const short = synonymQuery("IPS");
    const long = synonymQuery("Individuell jobbstøtte");
    const mixed = synonymQuery("AAP Oslo");

    // Assess
    expect(short).toBe(groupToken(group("IPS")));
    expect(long).toBe(short);
    expect(mixed).toBe(`${groupToken(group("AAP"))} oslo`);
    expect(synonymTokens("mottakere av arbeidsavklaringspenger")).toEqual([groupToken(group("AAP"))]);
  });

  it("gives a record holding any term of a group that group's token and its terms' tokens, one of which a query for the term asks for", () => {
    const matcher = synonymMatcher();
    SYNONYM_GROUPS.forEach((terms, i) => {
      for (const term of terms) {
        // Act
        const text = `Utprøving for ${term} i Oslo`;
        const { present, related } = matcher.termTokens(text);
        const indexed = [...synonymTokens(text), ...present, ...related];
        const asked = synonymQuery(term).split(" ");

        // Assess
        expect(indexed, term).toContain(groupToken(i));
        expect(asked, term).toHaveLength(1);
        expect(indexed, term).toContain(asked[0]);
      }
    });
  });

  it("gives every group its own token, none the start of another", () => {
    // Act
    const tokens = SYNONYM_GROUPS.map((_, i) => groupToken(i));

    // Assess
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const a of tokens) for (const b of tokens) if (a !== b) expect(b.startsWith(a)).toBe(false);
  });
});

describe("Mente du", () => {
  const vocabulary = buildVocabulary([
    { sections: [{ text: "Arbeidstrening for unge. Arbeidstrening i butikk." }] },
    { sections: [{ text: "Arbeidstrening og arbeid" }, { text: "Sykmeldte i arbeid" }] },
    { sections: [{ text: "arbeid qxbd 2024" }] },
  ]);

  it("counts each word once per record, the most used first, without tokens and numbers", () => {
    expect(vocabulary.words.slice(0, 2)).toEqual(["arbeid", "arbeidstrening"]);
    expect(vocabulary.words).not.toContain("qxbd");
    expect(vocabulary.words).not.toContain("2024");
  });

  it("offers the known word one letter away from a typo", () => {
    // Act
    const offered = suggestions("arbeidstreneing", vocabulary);

    // Assess
    expect(offered[0]).toBe("arbeidstrening");
    expect(nearestWords("sykmeldre", vocabulary)).toEqual(["sykmeldte"]);
    expect(editDistance("arbeidstrenign", "arbeidstrening")).toBe(1);
  });

  it("offers nothing when every word is known, as typed or as the start of a word", () => {
    expect(suggestions("arbeidstrening unge", vocabulary)).toEqual([]);
    expect(isKnown("arbeidstr", vocabulary)).toBe(true);
    expect(suggestions("xyzzyqq", vocabulary)).toEqual([]);
  });
});

describe("highlightSegments", () => {
  it("marks words that start with a query word, as text only", () => {
    expect(highlightSegments("Unge <b>jobber</b>, ungdommen også.", ["ungdom"])).toEqual([
      { text: "Unge <b>jobber</b>, ", marked: false },
      { text: "ungdommen", marked: true },
      { text: " også.", marked: false },
    ]);
  });
});

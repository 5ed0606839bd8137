import { describe, expect, it } from "vitest";
import { holdsTerm, redactDeep, redactString, stringsAt, termForms, termRules } from "../../shared/domain/privacy/redaction-terms.ts";

describe("redaction terms: a redacted value in every form it can stand in", () => {
  it("gives the value as written, slugified, percent-encoded and an e-mail's local part", () => {
    expect(termForms("Kari Nordmann")).toEqual(expect.arrayContaining(["Kari Nordmann", "kari-nordmann", "Kari%20Nordmann", "Kari+Nordmann"]));
    expect(termForms("kari.nordmann@nav.example")).toEqual(
      expect.arrayContaining(["kari.nordmann@nav.example", "kari.nordmann%40nav.example", "kari.nordmann", "kari-nordmann-nav-example"]),
    );
    expect(termForms("Ås")).toEqual([]);
    expect(termForms("[fjernet]")).toEqual([]);
    expect(termForms("fjernet@fjernet.invalid")).toEqual([]);
  });

  it("replaces every form in any case, the longest first, and renames an old address before that", () => {
    const rules = termRules(["Kari Nordmann", "kari.nordmann@nav.example"], false, [["jobbklubb-kari-nordmann-abc123", "jobbklubb-fjernet-abc123"]]);
    expect(redactString("Skriv til KARI.NORDMANN@nav.example eller kari nordmann", rules)).toBe("Skriv til [fjernet] eller [fjernet]");
    expect(redactString("https://x/utproving/jobbklubb-kari-nordmann-abc123/", rules)).toBe("https://x/utproving/jobbklubb-fjernet-abc123/");
    expect(redactString("/sok/?q=Kari+Nordmann og kari-nordmann", rules)).toBe("/sok/?q=[fjernet] og [fjernet]");
    expect(holdsTerm("Kari", rules)).toBe(false);
  });

  it("rewrites every string but ids, codes and times, and counts what it changed", () => {
    const counter = { n: 0 };
    const out = redactDeep(
      { id: "kari-nordmann", note: "Hei Kari Nordmann", by: { sub: "kari nordmann", name: "Kari Nordmann" }, claimedAt: "Kari Nordmann" },
      termRules(["Kari Nordmann"], false),
      counter,
    );
    expect(out).toEqual({ id: "kari-nordmann", note: "Hei [fjernet]", by: { sub: "kari nordmann", name: "[fjernet]" }, claimedAt: "Kari Nordmann" });
    expect(counter.n).toBe(2);
  });

  it("reads the strings under a pointer", () => {
    expect(stringsAt({ contact: { name: "Kari", email: "k@x.no" } }, "/contact")).toEqual(["Kari", "k@x.no"]);
    expect(stringsAt({ partners: [{ name: "A", type: "arbeidsgiver" }] }, "/partners/0/name")).toEqual(["A"]);
    expect(stringsAt({}, "/title")).toEqual([]);
  });
});

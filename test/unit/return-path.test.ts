import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "../../site/src/lib/return-path.ts";

const ORIGIN = "https://utprovingsbanken.nav.no";

/** What a browser does with the login's answer: resolves it against the page and goes there. */
const landsOn = (path: string) => new URL(path, ORIGIN);

describe("the login's return address", { timeout: 60_000 }, () => {
  it("keeps a path of the site, with its query and fragment", () => {
    for (const path of ["/", "/mine/", "/kurator/vurder/?id=01J000", "/?q=ung%20jobb#treff", "/utproving/ips-i-hamar-abc123/"]) {
      expect(safeReturnPath(path, ORIGIN)).toBe(path);
    }
  });

  it("refuses every known way out of the origin", () => {
    const attacks = [
      "//evil.example/",
      "/\\evil.example/",
      "\\/evil.example/",
      "/%5Cevil.example/",
      "/%5cevil.example/",
      "/%2F/evil.example/",
      "/\t/evil.example/",
      "/\n/evil.example/",
      "/%09/evil.example/",
      "/%0A/evil.example/",
      "/\r\n/evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      " /evil",
      "/ /evil.example",
      "",
      null,
    ];
    for (const attack of attacks) expect(safeReturnPath(attack, ORIGIN), JSON.stringify(attack)).toBe("/");
  });

  it("never leads off the origin, whatever it is given, also percent-encoded up to three times", () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "/",
        "//",
        "\\",
        "%5C",
        "%2F",
        "%09",
        "%0A",
        "\t",
        "\n",
        "evil.example",
        ":",
        "@",
        "https:",
        "javascript:",
        "%252F",
        "%25",
        "?",
        "#",
        "..",
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.nat({ max: 3 }), (pieces, layers) => {
        let wanted = pieces.join("");
        for (let i = 0; i < layers; i++) wanted = encodeURIComponent(wanted);
        const path = safeReturnPath(wanted, ORIGIN);
        expect(path.startsWith("/") && !path.startsWith("//")).toBe(true);
        expect(landsOn(path).origin).toBe(ORIGIN);
        // What the page holds after a redirect there is the same place.
        expect(landsOn(landsOn(path).pathname).origin).toBe(ORIGIN);
      }),
      { numRuns: 3000, seed: 6 },
    );
  });
});

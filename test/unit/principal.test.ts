import { describe, expect, it } from "vitest";
import { readPrincipal, type TokenExpectation } from "../../shared/domain/principal.ts";

const EXPECTED: TokenExpectation = { clientId: "utprovingsbanken", tokenUse: "id" };

const idToken = (claims: Record<string, unknown>) => ({ sub: "u1", name: "Ola", aud: "utprovingsbanken", token_use: "id", ...claims });

describe("reading the principal from token claims", () => {
  it("gives curators and office staff their roles from exact group names", () => {
    expect(readPrincipal(idToken({ groups: ["kurator"] }), EXPECTED)).toEqual({ principal: { sub: "u1", name: "Ola", role: "kurator" } });
    expect(readPrincipal(idToken({ groups: ["kontor"], office: "nav-hamar" }), EXPECTED)).toEqual({
      principal: { sub: "u1", name: "Ola", role: "kontor", office: "nav-hamar" },
    });
    expect(readPrincipal(idToken({ "cognito:groups": "[kontor]", "custom:office": "nav-hamar" }), EXPECTED)).toMatchObject({ principal: { role: "kontor" } });
    expect(readPrincipal(idToken({ "cognito:groups": "[andre kurator]" }), EXPECTED)).toMatchObject({ principal: { role: "kurator" } });
    expect(readPrincipal(idToken({ "cognito:groups": "kurator" }), EXPECTED)).toMatchObject({ principal: { role: "kurator" } });
  });

  const noRole: [string, unknown][] = [
    ["trailing space", ["kurator "]],
    ["leading space", [" kurator"]],
    ["two names in one group", ["kontor kurator"]],
    ["comma-separated in one group", ["kontor,kurator"]],
    ["comma-separated string", "kontor,kurator"],
    ["space-separated string without brackets", "kontor kurator"],
    ["rendered list with a comma", "[kontor,kurator]"],
    ["rendered list with two spaces", "[andre  kurator]"],
    ["upper case", ["Kurator"]],
    ["prefix", ["kuratorer"]],
    ["unicode look-alike", ["kurat\u043Er"]],
    ["zero-width inside", ["kura\u200Btor"]],
    ["object", { kurator: true }],
    ["number", 1],
  ];
  for (const [what, groups] of noRole) {
    it(`gives no role for a group claim with ${what}`, () => {
      expect(readPrincipal(idToken({ groups, office: "nav-hamar" }), EXPECTED)).toEqual({ refused: "role" });
    });
  }

  it("gives office staff no role without a well-formed office", () => {
    for (const office of [undefined, "", "NAV Hamar", "nav-hamar ", 42, ["nav-hamar"], "x".repeat(121)]) {
      expect(readPrincipal(idToken({ groups: ["kontor"], office }), EXPECTED), JSON.stringify(office)).toEqual({ refused: "role" });
    }
  });

  it("refuses a token of another token_use or for another client", () => {
    const refused = [
      idToken({ groups: ["kurator"], token_use: "access" }),
      idToken({ groups: ["kurator"], token_use: undefined }),
      idToken({ groups: ["kurator"], token_use: "ID" }),
      idToken({ groups: ["kurator"], aud: "annen-klient" }),
      idToken({ groups: ["kurator"], aud: ["annen-klient", "utprovingsbanken"] }),
      idToken({ groups: ["kurator"], aud: undefined, client_id: "utprovingsbanken" }),
      idToken({ groups: ["kurator"], sub: "" }),
      idToken({ groups: ["kurator"], sub: 7 }),
    ];
    for (const claims of refused) expect(readPrincipal(claims, EXPECTED), JSON.stringify(claims)).toEqual({ refused: "token" });
    expect(readPrincipal(undefined, EXPECTED)).toEqual({ refused: "token" });
  });

  it("accepts the local hub's tokens (ID tokens without token_use, access tokens for the client) only when no token_use is configured", () => {
    const local: TokenExpectation = { clientId: "utprovingsbanken" };
    expect(readPrincipal(idToken({ groups: ["kurator"], token_use: undefined }), local)).toMatchObject({ principal: { role: "kurator" } });
    expect(readPrincipal({ sub: "u1", token_use: "access", client_id: "utprovingsbanken", aud: "utprovingsbanken", groups: ["kurator"] }, local)).toMatchObject(
      { principal: { role: "kurator" } },
    );
    expect(readPrincipal({ sub: "u1", token_use: "access", client_id: "annen", aud: "utprovingsbanken", groups: ["kurator"] }, local)).toEqual({
      refused: "token",
    });
    for (const tokenUse of ["refresh", "ID", "", 1])
      expect(readPrincipal(idToken({ groups: ["kurator"], token_use: tokenUse }), local)).toEqual({ refused: "token" });
    // In AWS the API expects the ID token only
    expect(readPrincipal(idToken({ groups: ["kurator"], token_use: undefined }), EXPECTED)).toEqual({ refused: "token" });
  });

  it("checks client_id for access tokens when the API expects those", () => {
    const access: TokenExpectation = { clientId: "utprovingsbanken", tokenUse: "access" };
    expect(readPrincipal({ sub: "u1", token_use: "access", client_id: "utprovingsbanken", groups: ["kurator"] }, access)).toMatchObject({
      principal: { role: "kurator" },
    });
    expect(readPrincipal({ sub: "u1", token_use: "access", client_id: "annen", groups: ["kurator"] }, access)).toEqual({ refused: "token" });
    expect(readPrincipal(idToken({ groups: ["kurator"] }), access)).toEqual({ refused: "token" });
  });
});

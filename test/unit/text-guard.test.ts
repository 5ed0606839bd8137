import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGuardedBody } from "../../functions/lib/json-body.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { ValidationError } from "../../shared/domain/errors.ts";
import {
  hasHiddenCharacters,
  HIDDEN_CHARACTER_MESSAGE,
  IDENTITY_NUMBER_MESSAGE,
  textGuardIssues,
  textProblem,
} from "../../shared/domain/privacy/text-guard.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";
import { writtenIdentityNumber } from "../reliability/arbitraries.ts";

/** A valid fødselsnummer from Skatteetaten's published examples (a synthetic person). */
const NUMBER = "02013299997";

/** Content with every optional part filled in, so that every string field is present. */
function richContent(): Record<string, unknown> {
  return {
    ...completeContent({
      trialStatus: "avsluttet",
      period: { start: "2024-01-01", end: "2024-12-31" },
      results: { ...failedResults(), researchPartner: "Fafo" },
    }),
    partnerOfficeIds: ["nav-hamar"],
    methodId: "ips",
    documents: [{ kind: "rapport", title: "Sluttrapport", url: "https://nav.example/rapport.pdf" }],
    lessons: { whatWorked: "Tett oppfølging.", whatDidNot: "Sen rekruttering.", doDifferently: "Start tidligere." },
    preconditions: "En veileder",
    contact: { name: "Kari Nordmann", email: "kari.nordmann@nav.example", phone: "22 33 44 55" },
    funding: [{ source: "eget-budsjett", amountNok: 150000, note: "Eget budsjett" }],
    participants: { count: 24, description: "Unge" },
    cost: { staffYears: 0.5, costNok: 350000, note: "Lønn" },
  };
}

/** Paths to every string in a value. */
function stringPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withValueAt(body: unknown, path: (string | number)[], value: string): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  path.forEach((step, i) => {
    if (i === path.length - 1) node[step] = value;
    else node = node[step] as Record<string | number, unknown>;
  });
  return copy;
}

function errorsOf(fn: () => unknown): { pointer: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return [...(error.errors ?? [])];
    throw error;
  }
  return [];
}

const pointer = (path: (string | number)[]) => `/${path.join("/")}`;
const CONTENT = richContent();
const PATHS = stringPaths(CONTENT);

describe("the text guard over a whole body", () => {
  it("accepts the rich body as it is", () => {
    expect(PATHS.length).toBeGreaterThan(30);
    expect(() => parseGuardedBody(PilotContentSchema, CONTENT)).not.toThrow();
  });

  it("refuses an identity number in any written form in every string field, with 422 at that field", () => {
    // Prepare: every string of the body, enum codes, ids, e-mail, phone and links included
    const numbers = fc.sample(writtenIdentityNumber, { numRuns: PATHS.length * 4, seed: 11 });
    let checked = 0;
    PATHS.forEach((path, i) => {
      for (const number of numbers.slice(i * 4, i * 4 + 4)) {
        // Act
        const errors = errorsOf(() => parseGuardedBody(PilotContentSchema, withValueAt(CONTENT, path, `sak ${number}`)));
        // Assess
        expect(errors, `${pointer(path)} ${JSON.stringify(number)}`).toContainEqual({ pointer: pointer(path), message: IDENTITY_NUMBER_MESSAGE });
        checked++;
      }
    });
    expect(checked).toBe(PATHS.length * 4);
  });

  it("refuses a bare identity number in id, phone and e-mail fields", () => {
    const [number] = fc.sample(
      writtenIdentityNumber.filter((n) => /^\d{6}-\d{5}$/.test(n) || /^\d{11}$/.test(n)),
      { numRuns: 1, seed: 3 },
    );
    const bare = String(number);
    const slug = bare.replace(/\D/g, "").replace(/^(\d{6})/, "$1-");
    const cases: [(string | number)[], string][] = [
      [["partnerOfficeIds", 0], slug],
      [["methodId"], slug],
      [["plannedOutcomes", 0, "id"], slug],
      [["contact", "phone"], bare.replace(/\D/g, "")],
      [["contact", "email"], `${bare.replace(/\D/g, "")}@nav.no`],
      [["documents", 0, "url"], `https://nav.example/sak?fnr=${encodeURIComponent(bare.replace(/^(\d{6})-?/, "$1 "))}`],
      [["documents", 0, "url"], `https://nav.example/${bare.replace(/^(\d{6})-?/, "$1%2520")}`],
    ];
    for (const [path, value] of cases) {
      const errors = errorsOf(() => parseGuardedBody(PilotContentSchema, withValueAt(CONTENT, path, value)));
      expect(errors, `${pointer(path)} ${value}`).toContainEqual({ pointer: pointer(path), message: IDENTITY_NUMBER_MESSAGE });
    }
  });

  it("refuses control characters, lone surrogates and bidirectional controls in every string field", () => {
    const hidden = ["\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uD800", "\uDFFF", "a\uDC00b", "\u202E", "\u202D", "\u2066", "\u2069", "\uFFFF"];
    PATHS.forEach((path, i) => {
      const value = `Tekst ${hidden[i % hidden.length]} slutt`;
      const errors = errorsOf(() => parseGuardedBody(PilotContentSchema, withValueAt(CONTENT, path, value)));
      expect(errors, `${pointer(path)} ${JSON.stringify(value)}`).toContainEqual({ pointer: pointer(path), message: HIDDEN_CHARACTER_MESSAGE });
    });
  });

  it("keeps line breaks, tabs and ordinary Unicode", () => {
    for (const text of ["To linjer\nog en til\r\nog\ttab", "Ærlig, øm og å", "😀 emoji 𝕳", "RTL-tekst مرحبا", "Tankestrek – og — dash"]) {
      expect(hasHiddenCharacters(text), JSON.stringify(text)).toBe(false);
      expect(textProblem(text)).toBeUndefined();
    }
  });

  it("guards object keys and nested values of any shape", () => {
    const issues = textGuardIssues({ a: [{ b: `x ${NUMBER}` }], [`k\u202E`]: "ok" });
    expect(issues.map((i) => [i.path, i.problem])).toEqual([
      [["a", 0, "b"], "identity-number"],
      [["k\u202E"], "hidden-character"],
    ]);
  });
});

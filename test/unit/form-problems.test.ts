import { zodResolver } from "@hookform/resolvers/zod";
import type { ErrorOption, FieldErrors, FieldValues, Resolver, UseFormSetError } from "react-hook-form";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { MethodInputSchema } from "../../shared/domain/method.ts";
import { PublishBodySchema } from "../../shared/domain/review.ts";
import { applyProblem, fieldFor, fieldProblems, pointerToPath, problemText } from "../../site/src/app/form-problems.ts";
import { bodyOf, firstMessage, formResolver } from "../../site/src/app/form-schema.ts";
import { ApiError } from "../../site/src/lib/api-client.ts";

/**
 * The forms' shared pieces: a refusal's field errors (Problem Details, 422 with JSON Pointers) placed at the
 * form's fields, and a route's body schema run over a form's values with the form's own words for a missing choice.
 */
type Placed = { name: string; message: string | undefined; focus: boolean | undefined };

function recorder() {
  const placed: Placed[] = [];
  const setError = (name: string, error: { message?: string }, options?: { shouldFocus?: boolean }) => {
    placed.push({ name, message: error.message, focus: options?.shouldFocus });
  };
  return { placed, setError };
}

const refusal = (errors?: { pointer: string; message: string }[]) =>
  new ApiError({ type: "about:blank", title: "Ugyldig innhold", status: 422, detail: "Noen felt er ikke gyldige.", ...(errors ? { errors } : {}) });

describe("pointerToPath", () => {
  it("turns a JSON Pointer into a form path, with its escapes undone", () => {
    expect(pointerToPath("/evidence/strength")).toBe("evidence.strength");
    expect(pointerToPath("/aliases/0")).toBe("aliases.0");
    expect(pointerToPath("/a~1b/c~0d")).toBe("a/b.c~d");
  });
});

describe("fieldFor", () => {
  const fields = ["evidence", "evidence.strength", "aliases", "name"];
  it("finds the field itself, else the longest field the path lies under", () => {
    expect(fieldFor("evidence.strength", fields)).toBe("evidence.strength");
    expect(fieldFor("evidence.direction", fields)).toBe("evidence");
    expect(fieldFor("aliases.3", fields)).toBe("aliases");
  });
  it("finds nothing for a path outside the form, nor for a field that only starts with the same letters", () => {
    expect(fieldFor("requestedAt", fields)).toBeUndefined();
    expect(fieldFor("names", fields)).toBeUndefined();
  });
});

describe("applyProblem", () => {
  it("places every field error of the client's refusal at its field, focusing the first", () => {
    const { placed, setError } = recorder();
    const all = applyProblem(
      refusal([
        { pointer: "/methodId", message: "Metoden finnes ikke" },
        { pointer: "/evidence/direction", message: "Ugyldig valg" },
      ]),
      setError,
      ["evidence.strength", "evidence.direction", "methodId"],
    );
    expect(all).toBe(true);
    expect(placed).toEqual([
      { name: "methodId", message: "Metoden finnes ikke", focus: true },
      { name: "evidence.direction", message: "Ugyldig valg", focus: false },
    ]);
  });

  it("takes the Problem Details themselves as well as the error that carries them, and puts a list item's error on its list", () => {
    const { placed, setError } = recorder();
    expect(applyProblem(refusal([{ pointer: "/aliases/1", message: "Teksten kan ha høyst 200 tegn" }]).problem, setError, ["name", "aliases"])).toBe(true);
    expect(placed).toEqual([{ name: "aliases", message: "Teksten kan ha høyst 200 tegn", focus: true }]);
  });

  it("places the first error of a field once", () => {
    const { placed, setError } = recorder();
    const all = applyProblem(
      refusal([
        { pointer: "/aliases/0", message: "Første" },
        { pointer: "/aliases/2", message: "Tredje" },
      ]),
      setError,
      ["aliases"],
    );
    expect(all).toBe(true);
    expect(placed.map((p) => p.message)).toEqual(["Første"]);
  });

  it("says so when a field error has no field in the form, after placing the others", () => {
    const { placed, setError } = recorder();
    const all = applyProblem(
      refusal([
        { pointer: "/requestedAt", message: "Skriv et gyldig tidspunkt (ISO 8601)" },
        { pointer: "/reason", message: "Feltet må fylles ut" },
      ]),
      setError,
      ["decision", "reason"],
    );
    expect(all).toBe(false);
    expect(placed).toEqual([{ name: "reason", message: "Feltet må fylles ut", focus: true }]);
  });

  it("places nothing and says so for a refusal without field errors or an error that is no refusal", () => {
    const { placed, setError } = recorder();
    expect(applyProblem(refusal(), setError, ["reason"])).toBe(false);
    expect(applyProblem(refusal([]), setError, ["reason"])).toBe(false);
    expect(applyProblem(new Error("Fikk ikke kontakt"), setError, ["reason"])).toBe(false);
    expect(applyProblem(undefined, setError, ["reason"])).toBe(false);
    expect(placed).toEqual([]);
  });
});

/** The publish form as the review page has it: text from the controls, "" for no choice. */
const PublishForm = bodyOf(
  z.object({ evidence: z.object({ strength: z.string(), direction: z.string() }), methodId: z.string(), note: z.string() }),
  (v) => ({
    evidence: { strength: Number(v.evidence.strength) || undefined, direction: v.evidence.direction || undefined },
    methodId: v.methodId || undefined,
    note: v.note.trim() || undefined,
  }),
  PublishBodySchema,
);

async function resolve<V extends FieldValues, O>(resolver: Resolver<V, unknown, O>, values: V) {
  return resolver(values, undefined, { fields: {}, shouldUseNativeValidation: false });
}

describe("bodyOf and formResolver", () => {
  const resolver = formResolver(PublishForm, {
    methodId: "Velg en metode",
    "evidence.direction": "Velg retning på resultatet",
    "evidence.strength": "Velg et nivå fra 1 til 4",
  });

  it("checks the form's values with the route's body schema, each message at its field, in the form's own words where it has them", async () => {
    const { errors } = await resolve(resolver, { evidence: { strength: "", direction: "" }, methodId: "", note: "" });
    expect(errors).toMatchObject({
      evidence: { strength: { message: "Velg et nivå fra 1 til 4" }, direction: { message: "Velg retning på resultatet" } },
      methodId: { message: "Velg en metode" },
    });
    expect(errors).not.toHaveProperty("note");
  });

  it("keeps the schemas' messages at the other fields", async () => {
    const { errors } = await resolve(resolver, { evidence: { strength: "2", direction: "positiv" }, methodId: "ips", note: "x".repeat(4001) });
    expect(Object.keys(errors)).toEqual(["note"]);
    expect((errors as FieldErrors).note?.message).toBe("Teksten kan ha høyst 4000 tegn");
  });

  it("gives a union's closest branch without the form's words, which is why the forms name the level's message", async () => {
    const { errors } = await resolve(zodResolver(PublishForm), { evidence: { strength: "", direction: "ingen" }, methodId: "ips", note: "" });
    expect((errors as FieldErrors<{ evidence: { strength: string } }>).evidence?.strength?.message).toBe("Ugyldig valg");
  });

  it("gives the route's body for valid values", async () => {
    const { values, errors } = await resolve(resolver, { evidence: { strength: "3", direction: "ingen" }, methodId: "ips", note: "  " });
    expect(errors).toEqual({});
    expect(values).toEqual({ evidence: { strength: 3, direction: "ingen" }, methodId: "ips" });
  });
});

describe("firstMessage", () => {
  it("finds a list field's message on one of its items", async () => {
    const Aliases = bodyOf(z.object({ aliases: z.string() }), (v) => ({ name: "Jobbklubb", aliases: v.aliases.split(",") }), MethodInputSchema);
    const { errors } = await resolve(zodResolver(Aliases), { aliases: `kort,${"x".repeat(201)}` });
    expect(firstMessage(errors.aliases)).toBe("Teksten kan ha høyst 200 tegn");
    expect(firstMessage({ message: "Feltet må fylles ut", ref: { message: "ikke denne" } })).toBe("Feltet må fylles ut");
    expect(firstMessage(undefined)).toBeUndefined();
  });
});

interface SetCall {
  name: string;
  error: ErrorOption;
  options: { shouldFocus?: boolean } | undefined;
}

/** Records `setError` calls with their whole arguments. */
function callRecorder() {
  const calls: SetCall[] = [];
  const setError: UseFormSetError<FieldValues> = (name, error, options) => {
    calls.push({ name, error, options });
  };
  return { calls, setError };
}

const detailedRefusal = (errors: { pointer: string; message: string }[]) =>
  new ApiError({ type: "about:blank", title: "Ugyldig forespørsel", status: 422, detail: "Noen felt er ikke fylt ut riktig.", errors });

describe("fieldProblems", () => {
  it("reads the field errors of a thrown ApiError and of bare Problem Details", () => {
    const errors = [{ pointer: "/comment", message: "Feltet må fylles ut" }];
    expect(fieldProblems(detailedRefusal(errors))).toEqual(errors);
    expect(fieldProblems({ status: 422, errors })).toEqual(errors);
  });

  it("finds none in other failures or in malformed entries", () => {
    expect(fieldProblems(new Error("Fikk ikke kontakt"))).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
    expect(fieldProblems({ errors: [{ pointer: 3, message: "x" }, { pointer: "/a" }, { pointer: "/b", message: "" }] })).toEqual([]);
  });
});

describe("applyProblem without a field list, or with a map", () => {
  it("sets every pointer's message on its field as a server error, focusing the first", () => {
    const { calls, setError } = callRecorder();
    const applied = applyProblem(
      detailedRefusal([
        { pointer: "/contact/email", message: "Skriv en gyldig e-postadresse" },
        { pointer: "/title", message: "Feltet må fylles ut" },
      ]),
      setError,
    );
    expect(applied).toBe(true);
    expect(calls).toEqual([
      { name: "contact.email", error: { type: "server", message: "Skriv en gyldig e-postadresse" }, options: { shouldFocus: true } },
      { name: "title", error: { type: "server", message: "Feltet må fylles ut" }, options: { shouldFocus: false } },
    ]);
  });

  it("with a list of the form's fields, places what it can and says that a pointer had no field", () => {
    const { calls, setError } = callRecorder();
    const applied = applyProblem(
      detailedRefusal([
        { pointer: "/headers/if-match", message: "Mangler versjon" },
        { pointer: "/reason", message: "Teksten ser ut til å inneholde et fødselsnummer" },
      ]),
      setError,
      ["reason"],
    );
    expect(applied).toBe(false);
    expect(calls.map((c) => [c.name, c.error.message, c.options?.shouldFocus])).toEqual([["reason", "Teksten ser ut til å inneholde et fødselsnummer", true]]);
  });

  it("with a map, puts the body's path on the form's own field", () => {
    const { calls, setError } = callRecorder();
    applyProblem({ errors: [{ pointer: "/follows/3/id", message: "Ukjent målgruppe" }] }, setError, { "follows.3.id": "id" });
    expect(calls.map((c) => c.name)).toEqual(["id"]);
  });

  it("returns false and sets nothing when no error names a field of the form", () => {
    const { calls, setError } = callRecorder();
    expect(applyProblem(detailedRefusal([{ pointer: "", message: "Hele forespørselen" }]), setError)).toBe(false);
    expect(applyProblem(detailedRefusal([{ pointer: "/other", message: "Annet felt" }]), setError, ["reason"])).toBe(false);
    expect(applyProblem(new Error("Fikk ikke kontakt"), setError)).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("problemText", () => {
  it("shows the API's detail, an error's message, or the fallback", () => {
    expect(problemText(detailedRefusal([]), "Noe gikk galt.")).toBe("Noen felt er ikke fylt ut riktig.");
    expect(problemText(new Error("Fikk ikke kontakt"), "Noe gikk galt.")).toBe("Fikk ikke kontakt");
    expect(problemText("boom", "Noe gikk galt.")).toBe("Noe gikk galt.");
  });
});

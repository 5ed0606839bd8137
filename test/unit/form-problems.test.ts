import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { MethodInputSchema } from "../../shared/domain/method.ts";
import { PublishBodySchema } from "../../shared/domain/review.ts";
import { applyProblem, fieldFor, pointerToPath } from "../../site/src/app/form-problems.ts";
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

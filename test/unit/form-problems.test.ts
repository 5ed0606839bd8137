import type { ErrorOption, FieldValues, UseFormSetError } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { applyProblem, fieldProblems, pointerToPath, problemText } from "../../site/src/app/form-problems.ts";
import { ApiError } from "../../site/src/lib/api-client.ts";

/** The API's refusals (Problem Details with field pointers) put back on a form's fields with `setError`. */

interface SetCall {
  name: string;
  error: ErrorOption;
  options: { shouldFocus?: boolean } | undefined;
}

function recorder() {
  const calls: SetCall[] = [];
  const setError: UseFormSetError<FieldValues> = (name, error, options) => {
    calls.push({ name, error, options });
  };
  return { calls, setError };
}

const refusal = (errors: { pointer: string; message: string }[]) =>
  new ApiError({ type: "about:blank", title: "Ugyldig forespørsel", status: 422, detail: "Noen felt er ikke fylt ut riktig.", errors });

describe("pointerToPath", () => {
  it("turns a JSON pointer into react-hook-form's dotted path, unescaping ~1 and ~0", () => {
    expect(pointerToPath("/reason")).toBe("reason");
    expect(pointerToPath("/outcomes/0/value")).toBe("outcomes.0.value");
    expect(pointerToPath("/a~1b/c~0d")).toBe("a/b.c~d");
    expect(pointerToPath("")).toBe("");
  });
});

describe("fieldProblems", () => {
  it("reads the field errors of a thrown ApiError and of bare Problem Details", () => {
    const errors = [{ pointer: "/comment", message: "Feltet må fylles ut" }];
    expect(fieldProblems(refusal(errors))).toEqual(errors);
    expect(fieldProblems({ status: 422, errors })).toEqual(errors);
  });

  it("finds none in other failures or in malformed entries", () => {
    expect(fieldProblems(new Error("Fikk ikke kontakt"))).toEqual([]);
    expect(fieldProblems(undefined)).toEqual([]);
    expect(fieldProblems({ errors: [{ pointer: 3, message: "x" }, { pointer: "/a" }, { pointer: "/b", message: "" }] })).toEqual([]);
  });
});

describe("applyProblem", () => {
  it("sets every pointer's message on its field as a server error, focusing the first", () => {
    const { calls, setError } = recorder();
    const applied = applyProblem(
      refusal([
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

  it("with a list of the form's fields, leaves out pointers the form has no field for", () => {
    const { calls, setError } = recorder();
    const applied = applyProblem(
      refusal([
        { pointer: "/headers/if-match", message: "Mangler versjon" },
        { pointer: "/reason", message: "Teksten ser ut til å inneholde et fødselsnummer" },
      ]),
      setError,
      ["reason"],
    );
    expect(applied).toBe(true);
    expect(calls.map((c) => [c.name, c.error.message, c.options?.shouldFocus])).toEqual([["reason", "Teksten ser ut til å inneholde et fødselsnummer", true]]);
  });

  it("with a map, puts the body's path on the form's own field", () => {
    const { calls, setError } = recorder();
    applyProblem({ errors: [{ pointer: "/follows/3/id", message: "Ukjent målgruppe" }] }, setError, { "follows.3.id": "id" });
    expect(calls.map((c) => c.name)).toEqual(["id"]);
  });

  it("returns false and sets nothing when no error names a field of the form", () => {
    const { calls, setError } = recorder();
    expect(applyProblem(refusal([{ pointer: "", message: "Hele forespørselen" }]), setError)).toBe(false);
    expect(applyProblem(refusal([{ pointer: "/other", message: "Annet felt" }]), setError, ["reason"])).toBe(false);
    expect(applyProblem(new Error("Fikk ikke kontakt"), setError)).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe("problemText", () => {
  it("shows the API's detail, an error's message, or the fallback", () => {
    expect(problemText(refusal([]), "Noe gikk galt.")).toBe("Noen felt er ikke fylt ut riktig.");
    expect(problemText(new Error("Fikk ikke kontakt"), "Noe gikk galt.")).toBe("Fikk ikke kontakt");
    expect(problemText("boom", "Noe gikk galt.")).toBe("Noe gikk galt.");
  });
});

import { describe, expect, it } from "vitest";
import type { Follow } from "../../shared/domain/notices/preferences.ts";
import { followFormSchema } from "../../site/src/islands/common/follow-form.ts";

/** The «Følg» form on Mine utprøvinger: what it lets through, and the message each refusal gives at its field. */

const issues = (follows: readonly Follow[], value: { kind: string; id: string; delivery: string }) => {
  const result = followFormSchema(follows).safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("followFormSchema", () => {
  it("lets a chosen method or target group through as the shared follow", () => {
    expect(followFormSchema([]).parse({ kind: "method", id: "ips", delivery: "weekly" })).toEqual({ kind: "method", id: "ips", delivery: "weekly" });
  });

  it("asks for a choice, in the words of the kind being followed, and nothing more", () => {
    expect(issues([], { kind: "method", id: "", delivery: "email" })).toEqual([["id", "Velg en metode å følge."]]);
    expect(issues([], { kind: "target-group", id: "", delivery: "email" })).toEqual([["id", "Velg en målgruppe å følge."]]);
  });

  it("refuses what is followed already, and a kind or target group the shared schema does not know", () => {
    const follows: Follow[] = [{ kind: "method", id: "ips", delivery: "email" }];
    expect(issues(follows, { kind: "method", id: "ips", delivery: "weekly" })).toEqual([["id", "Du følger dette allerede."]]);
    expect(issues(follows, { kind: "target-group", id: "ips", delivery: "email" })).toEqual([["id", "Ukjent målgruppe"]]);
    expect(issues([], { kind: "person", id: "ips", delivery: "email" }).map(([path]) => path)).toEqual(["kind"]);
  });

  it("refuses a follow past the list's limit of 50", () => {
    const fifty: Follow[] = Array.from({ length: 50 }, (_, i) => ({ kind: "method", id: `metode-${i}`, delivery: "email" }));
    expect(issues(fifty, { kind: "method", id: "ips", delivery: "email" })).toEqual([["id", "Du kan følge høyst 50 metoder og målgrupper"]]);
    expect(issues(fifty.slice(1), { kind: "method", id: "ips", delivery: "email" })).toEqual([]);
  });
});

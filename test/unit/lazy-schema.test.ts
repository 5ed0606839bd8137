import fc from "fast-check";
import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { lazySchema } from "../../shared/domain/lazy-schema.ts";
import { freeText, IsoDate, requiredText } from "../../shared/domain/fields.ts";
import { CountyCode } from "../../shared/domain/codes.ts";
import { PilotContentSchema, PilotSchema } from "../../shared/domain/pilot.ts";
import { PublicPilotSchema } from "../../shared/domain/public-trial/public-pilot.ts";
import { bodyFor, hostileValue } from "../reliability/arbitraries.ts";
import { completeContent } from "../../fixtures/pilots.ts";

/** A schema with what the trial's schemas use: strict objects, checks, refinements, pipes, optional parts, lists. */
function buildPartner() {
  return z.strictObject({ name: requiredText(200), role: z.optional(freeText(1000)) });
}
function buildTrialLike(partner: z.ZodMiniType) {
  return z
    .strictObject({
      title: z.pipe(requiredText(200), z.string().check(z.minLength(3))),
      county: CountyCode,
      start: z.optional(IsoDate),
      end: z.optional(IsoDate),
      participants: z.optional(z.int().check(z.minimum(0), z.maximum(1_000_000))),
      partners: z.optional(z.array(partner).check(z.maxLength(30))),
    })
    .check(z.refine((t) => !t.start || !t.end || t.end >= t.start, { error: "Sluttdato kan ikke være før startdato", path: ["end"] }));
}

const eagerPartner = buildPartner();
const eager = buildTrialLike(eagerPartner);
const lazyPartner = lazySchema(buildPartner);
const lazy = lazySchema(() => buildTrialLike(lazyPartner));

/** What a parse returns, in a form two schemas' answers can be compared by. */
function outcome(schema: z.ZodMiniType, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? { data: result.data } : { issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
}

describe("lazySchema: a schema built when first used", () => {
  it("builds nothing until a property is read, and builds once", () => {
    let builds = 0;
    const schema = lazySchema(() => {
      builds += 1;
      return buildPartner();
    });
    const wrapped = z.strictObject({ partner: schema, list: z.array(schema) });
    expect(builds).toBe(0);
    expect(wrapped.safeParse({ partner: { name: "NAV Hamar" }, list: [] }).success).toBe(true);
    expect(schema.safeParse({ name: "" }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it("parses every input exactly as the schema built at once does", () => {
    fc.assert(
      fc.property(fc.oneof(bodyFor(eager), hostileValue, fc.anything()), (input) => {
        expect(outcome(lazy, input)).toEqual(outcome(eager, input));
      }),
      { numRuns: 500 },
    );
  });

  it("composes, exposes its shape and describes itself as the built schema does", () => {
    expect(Object.keys(lazyPartner.shape)).toEqual(Object.keys(eagerPartner.shape));
    const extended = z.extend(lazyPartner, { email: z.optional(z.string()) });
    expect(extended.safeParse({ name: "NAV Hamar", email: "a@nav.no" }).success).toBe(true);
    expect(z.partial(lazyPartner).safeParse({}).success).toBe(true);
    expect(z.pick(lazyPartner, { name: true }).safeParse({ name: "NAV Hamar", role: "x" }).success).toBe(false);
    expect(lazyPartner).toBeInstanceOf(z.ZodMiniObject);
    expect("_zod" in lazyPartner).toBe(true);
    // Reflection sees the built schema's own properties, `_zod` (not configurable on it) included.
    expect(Object.getOwnPropertyNames(lazyPartner)).toEqual(Object.getOwnPropertyNames(eagerPartner));
    expect(Object.getOwnPropertyDescriptor(lazyPartner, "_zod")?.value).toBe(lazyPartner._zod);
    expect(z.toJSONSchema(lazy)).toEqual(z.toJSONSchema(eager));
  });

  it("the trial's schemas answer as before: the stored trial, its content and its public record", () => {
    expect(PilotContentSchema.safeParse(completeContent()).success).toBe(true);
    const refused = PilotContentSchema.safeParse({ ...completeContent(), title: "ab" });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(["title"]);
    expect(Object.keys(PilotSchema.shape)).toContain("content");
    expect(Object.keys(PublicPilotSchema.shape)).toEqual(expect.arrayContaining(["title", "officeId", "evidence", "outcomeSwitch"]));
    expect(Object.keys(PublicPilotSchema.shape)).not.toEqual(expect.arrayContaining(["reviewComment"]));
  });
});

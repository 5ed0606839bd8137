import { describe, expect, it } from "vitest";
import { SAMPLE_METHODS, SAMPLE_OFFICES } from "../../infra/local/sample-data/index.ts";
import { Slug } from "../../shared/domain/fields.ts";
import { MethodInputSchema } from "../../shared/domain/method.ts";
import { OfficeInputSchema } from "../../shared/domain/office.ts";
import { codes, COUNTIES } from "../../shared/domain/taxonomy.ts";
import { describeIssues } from "../support/issues.ts";

const officeIds = new Set(SAMPLE_OFFICES.map((o) => o.id));
const methodIds = new Set(SAMPLE_METHODS.map((m) => m.id));

describe("sample offices", () => {
  it("parse with OfficeInputSchema and have unique slug ids", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const office of SAMPLE_OFFICES) {
      const { id, ...input } = office;
      const result = OfficeInputSchema.safeParse(input);
      problems.push(...describeIssues(id, result.error));
      if (!Slug.safeParse(id).success) problems.push(`${id}: not a slug`);
      if (!id.startsWith("nav-")) problems.push(`${id}: should start with nav-`);
    }

    // Assess
    expect(problems).toEqual([]);
    expect(officeIds.size).toBe(SAMPLE_OFFICES.length);
    expect(SAMPLE_OFFICES.length).toBeGreaterThanOrEqual(45);
  });

  it("cover all 15 counties", () => {
    // Prepare
    const allCounties = codes(COUNTIES);

    // Act
    const covered = new Set(SAMPLE_OFFICES.map((o) => o.county));

    // Assess
    expect(allCounties).toHaveLength(15);
    expect(allCounties.filter((c) => !covered.has(c))).toEqual([]);
  });

  it("name each office after a place, with NAV in front", () => {
    // Act
    const badNames = SAMPLE_OFFICES.filter((o) => !/^NAV \S/.test(o.name)).map((o) => o.id);

    // Assess
    expect(badNames).toEqual([]);
  });
});

describe("sample methods", () => {
  it("parse with MethodInputSchema and have unique slug ids", () => {
    // Prepare
    const problems: string[] = [];

    // Act
    for (const method of SAMPLE_METHODS) {
      problems.push(...describeIssues(method.id, MethodInputSchema.safeParse(method.input).error));
      if (!Slug.safeParse(method.id).success) problems.push(`${method.id}: not a slug`);
    }

    // Assess
    expect(problems).toEqual([]);
    expect(methodIds.size).toBe(SAMPLE_METHODS.length);
    expect(SAMPLE_METHODS.length).toBeGreaterThanOrEqual(10);
  });

  it("have a description and aliases, and recommend IPS and one more with a note", () => {
    // Act
    const withoutText = SAMPLE_METHODS.filter((m) => !m.input.description || !m.input.aliases?.length).map((m) => m.id);
    const recommended = SAMPLE_METHODS.filter((m) => m.input.recommended);

    // Assess
    expect(withoutText).toEqual([]);
    expect(recommended.map((m) => m.id)).toContain("ips");
    expect(recommended.length).toBeGreaterThanOrEqual(2);
    expect(recommended.filter((m) => !m.input.recommendationNote)).toEqual([]);
  });
});

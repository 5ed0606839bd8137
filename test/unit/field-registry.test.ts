import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { getAt, setAt } from "../../shared/domain/forms/form-values.ts";
import { isList, publicFields, registryFields, type FieldDef, type ListDef, type PublicFieldDef } from "../../shared/domain/forms/pilot-form.ts";
import { formatValue } from "../../shared/domain/forms/format.ts";
import { displayKind } from "../../shared/domain/forms/publish.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import { publicContent, toPublicPilot } from "../../shared/domain/public-trial/projection.ts";
import { labelOf } from "../../shared/domain/taxonomy.ts";
import { OPEN_DATA_COLUMNS, pilotsToCsv } from "../../shared/public/open-data/csv.ts";
import { pilotsToXlsx } from "../../shared/public/open-data/xlsx.ts";
import { readFileSync } from "node:fs";
import { addedFields, PAGE_SECTIONS, sectionFields } from "../../site/src/lib/page-fields.ts";
import { searchRecord, SEARCHED } from "../../site/src/lib/search-records.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";
import { publishedPilotRecord, seededRandom } from "../../scripts/snapshot/pilot-record.ts";
import { parseCsv } from "../support/csv.ts";

/*
 * The registry in pilot-form.ts decides what is public. This walks it: every public field reaches the public
 * record, its open-data column (CSV and workbook), its search part and its page section, and a field the
 * registry does not mark public reaches none of them.
 */

const REPLICATED_ID = "01HZY4Q9V6KX2M3N4P5Q6R7S8T";

/** A plausible value for a field the base content leaves empty, by its input kind. */
function sampleValue(def: FieldDef | ListDef): unknown {
  switch (def.kind) {
    case "date":
      return "2025-03-01";
    case "integer":
      return 40;
    case "decimal":
      return 1.5;
    case "nok":
      return 400_000;
    case "select":
    case "radio":
      return def.options?.[0]?.code;
    case "checkboxes":
      return [def.options?.[0]?.code];
    case "offices":
      return ["nav-tromso"];
    case "method":
      return "jobbklubb";
    case "email":
      return "ola.nordmann@nav.example";
    case "tel":
      return "12345678";
    case "url":
      return "https://nav.example/rapport.pdf";
    case "planned-outcome":
      return "arbeid-6m";
    case "hidden":
      return def.name === "replicatesPilotId" ? REPLICATED_ID : undefined;
    case "list": {
      const row: Record<string, unknown> = {};
      for (const field of def.fields) if (field.requirement === "required" || field.kind === "planned-outcome") setAt(row, field.name, sampleValue(field));
      return [row];
    }
    default:
      return `Tekst i feltet ${def.name}`;
  }
}

/** An ended trial with every field of the registry filled in. */
function fullPilot() {
  const content: Record<string, unknown> = structuredClone({ ...completeContent({ trialStatus: "avsluttet" }), results: failedResults() });
  for (const def of registryFields()) if (getAt(content, def.name) === undefined) setAt(content, def.name, sampleValue(def));
  return publishedPilotRecord({
    officeId: "nav-lillehammer",
    county: "innlandet",
    content: PilotContentSchema.parse(content),
    methodId: "jobbklubb",
    evidence: { strength: 2, direction: "positiv" },
    createdAt: new Date("2025-12-20T10:00:00Z"),
    random: seededRandom(7),
  });
}

const pilot = fullPilot();
const published = toPublicPilot(pilot, "2025-12-20T10:02:00Z");
const context = { offices: [], methods: [], pilotUrl: () => "https://utprovingsbanken.test/utproving/x/" };
const internal = registryFields().filter((def) => !def.public);
const withColumn = publicFields().filter((def) => def.public.column);

/** The words a field's value puts in the public output: its text, or its code's label. */
function words(def: PublicFieldDef): string {
  const value = getAt(pilot.content, def.name);
  const first = Array.isArray(value) ? value[0] : value;
  const text = typeof first === "object" && first !== null ? String(Object.values(first).find((v) => typeof v === "string")) : String(first);
  return !isList(def) && def.options ? labelOf(def.options, text) : text;
}

describe("the field registry", () => {
  it("has the full trial fill in every field, so each check below sees a value", () => {
    // Assess
    for (const def of registryFields()) expect(getAt(pilot.content, def.name), def.name).toBeDefined();
  });

  it("says of every field whether it is public, and gives each column its own ASCII key", () => {
    // Assess
    for (const def of registryFields()) expect(def, def.name).toHaveProperty("public");
    const keys = withColumn.map((def) => def.public.column?.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it("puts every public field in the public record, and nothing the registry does not mark public", () => {
    // Assess
    for (const def of publicFields()) expect(getAt(published, def.name), def.name).toBeDefined();
    for (const def of internal) expect(getAt(published, def.name), def.name).toBeUndefined();
    // Privacy by construction: taking a field out of the public ones takes it out of the projection.
    for (const def of publicFields()) {
      const others = publicFields().filter((other) => other !== def);
      expect(getAt(publicContent(pilot, others), def.name), def.name).toBeUndefined();
    }
    // Content the registry does not know never passes.
    const smuggled = { ...pilot, content: { ...pilot.content, internalNote: "Kun for kontoret" } } as typeof pilot;
    expect(JSON.stringify(toPublicPilot(smuggled, "2025-12-20T10:02:00Z"))).not.toContain("Kun for kontoret");
  });

  it("gives every public field with a column its cell in the CSV, under its key, and no other field a column", () => {
    // Act
    const [header = [], row = []] = parseCsv(pilotsToCsv([published], context).replace(/^\uFEFF/, ""));

    // Assess
    for (const def of withColumn) {
      const index = header.indexOf(def.public.column?.key ?? "");
      expect(index, def.name).toBeGreaterThanOrEqual(0);
      expect(row[index], def.name).not.toBe("");
    }
    const fieldKeys = new Set(withColumn.map((def) => def.public.column?.key));
    const own = header.filter((key) => !fieldKeys.has(key));
    expect(own).toEqual([
      "id",
      "kontor",
      "kontor_id",
      "fylke",
      "metode_id",
      "kostnad_per_deltaker_nok",
      "kunnskapsgrunnlag_niva",
      "kunnskapsgrunnlag_retning",
      "kunnskapsgrunnlag",
      "planlagte_mal_ikke_rapportert",
      "rapporterte_mal_ikke_planlagt",
      "forst_publisert",
      "sist_publisert",
      "lenke",
    ]);
    for (const def of internal) expect(header, def.name).not.toContain(def.name);
  });

  it("gives every public field with a column its cell in the workbook, under the column's label", async () => {
    // Act
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await pilotsToXlsx([published], context, [], "memory")).buffer);
    const sheet = workbook.worksheets[0]!;
    const labels = (sheet.getRow(1).values as unknown[]).slice(1);

    // Assess
    expect(labels).toEqual(OPEN_DATA_COLUMNS.map((c) => c.label));
    for (const def of withColumn) {
      const label = def.public.column?.label ?? def.label;
      const index = labels.indexOf(label);
      expect(index, def.name).toBeGreaterThanOrEqual(0);
      expect(sheet.getRow(2).getCell(index + 1).value, def.name).not.toBeNull();
    }
  });

  it("indexes every field with a search part in that part, and no other free text of the trial", () => {
    // Act
    const record = searchRecord(published, { officeName: () => "NAV Lillehammer", method: () => undefined });
    const part = (name: string) =>
      record.sections
        .filter((s) => s.part === name)
        .map((s) => s.text)
        .join("\n");

    // Assess
    for (const [name, defs] of Object.entries(SEARCHED)) for (const def of defs) expect(part(name), def.name).toContain(words(def));
    const searched = new Set(Object.values(SEARCHED).flat());
    const text = record.sections.map((s) => s.text).join("\n");
    for (const def of [...publicFields(), ...internal]) {
      if (searched.has(def as PublicFieldDef) || isList(def) || displayKind(def) !== "paragraph") continue;
      expect(text, def.name).not.toContain(words(def as PublicFieldDef));
    }
  });

  it("shows every field placed in a page section there, under its heading", () => {
    // Assess
    for (const def of publicFields().filter((d) => d.public.page)) {
      const section = def.public.page?.section ?? "behov";
      const shown = sectionFields(published, section).find((f) => f.def === def);
      expect(shown?.value, def.name).toMatchObject({ text: words(def) });
      expect(shown?.heading, def.name).toBe(def.public.page?.heading);
    }
  });

  it("places a field in a section the page draws by hand after its own values, with the label as its heading", () => {
    // Arrange: the contact's phone and the cost's note, as if the registry placed them in Kontakt and Ressurser.
    const byName = new Map(publicFields().map((d) => [d.name, d]));
    const phone = byName.get("contact.phone");
    const costNote = byName.get("cost.note");
    if (!phone || !costNote) throw new Error("contact.phone and cost.note are public fields");
    const placed: PublicFieldDef[] = [
      { ...phone, public: { ...phone.public, page: { section: "kontakt" } } },
      { ...costNote, public: { ...costNote.public, page: { section: "ressurser", heading: "Om kostnaden" } } },
    ];
    // Act
    const contact = addedFields(published, "kontakt", placed);
    const resources = addedFields(published, "ressurser", placed);
    // Assess
    expect(contact.map((f) => [f.def.name, f.heading, f.value])).toEqual([
      ["contact.phone", phone.label, { kind: "text", text: String(getAt(published, "contact.phone")) }],
    ]);
    expect(resources.map((f) => [f.def.name, f.heading])).toEqual([["cost.note", "Om kostnaden"]]);
    expect(addedFields(published, "fakta", placed)).toEqual([]);
  });

  it("has the trial page draw every section a field can be placed in, each once", () => {
    // Arrange
    const page = readFileSync(new URL("../../site/src/pages/utproving/[slug].astro", import.meta.url), "utf8");
    // Assess
    for (const section of Object.keys(PAGE_SECTIONS)) {
      const drawn = page.match(new RegExp(`<Registered(?:Section|Fields) pilot=\\{pilot\\} section="${section}" />`, "g")) ?? [];
      expect(drawn.length, section).toBe(1);
    }
  });

  it("has the review and the summary show a value by its display kind, which an entry may set", () => {
    // Prepare
    const field: FieldDef = { name: "x", kind: "text", label: "X", requirement: "optional" };

    // Assess
    expect(formatValue(field, 1500)).toBe("1500");
    expect(formatValue({ ...field, public: { display: "money" } }, 1500)).toBe(formatValue({ ...field, kind: "nok" }, 1500));
    expect(formatValue({ ...field, public: { display: "money" } }, 1500)).toMatch(/^1\s500 kr$/u);
    expect(formatValue({ ...field, public: { display: "date" } }, "2025-03-01")).toBe("1. mars 2025");
  });
});

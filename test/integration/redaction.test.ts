import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { createDocumentClient } from "../../shared/adapters/dynamodb/dynamo.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { findIdentityNumbers } from "../../shared/domain/privacy/identity-number.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, publishedPilot, wholeExport } from "../support/lifecycle.ts";

const OFFICE = "nav-gjovik";
/** A valid fødselsnummer from Skatteetaten's published examples (a synthetic person). */
const NUMBER = "02013299997";
const WRITTEN = "020132-99997";
const PLACEHOLDER = "plassholder";

const db = () =>
  createDocumentClient({ endpoint: inject("dynamoEndpoint"), region: "eu-north-1", credentials: { accessKeyId: "local", secretAccessKey: "local" } });

/** Every item of the whole table, by scanning it (a test may; the API never does). */
async function wholeTable(): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(new ScanCommand({ TableName: inject("tableName"), ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

const holdsTheNumber = (value: unknown) => findIdentityNumbers(JSON.stringify(value).replaceAll("\\n", "\n")).some((m) => m.digits === NUMBER);

/**
 * Puts the number into every item of a trial, as data written before today's guard would hold it: the
 * placeholder in the title, summary and slug of the record, its revisions and its public record.
 */
async function slipInTheNumber(id: string): Promise<void> {
  const out = await db().send(
    new QueryCommand({ TableName: inject("tableName"), KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": keys.pilot(id).pk } }),
  );
  for (const item of out.Items ?? []) {
    const text = JSON.stringify(item).replaceAll(`${PLACEHOLDER}-`, `${WRITTEN}-`).replaceAll(PLACEHOLDER, WRITTEN);
    await db().send(new PutCommand({ TableName: inject("tableName"), Item: JSON.parse(text) }));
  }
}

describe("redacting a trial", () => {
  let id = "";
  let oldSlug = "";
  let version = 0;

  beforeAll(async () => {
    // Prepare: a published trial, edited once more, with the number slipped into every item
    const content = endedContent({
      title: `Jobbklubb ${PLACEHOLDER} Gjøvik`,
      summary: `Deltakeren ${PLACEHOLDER} møtte hver uke.`,
      contact: { name: "Kari Nordmann", email: "kari@nav.example", phone: "22 33 44 55" },
    });
    const published = await publishedPilot(OFFICE, content);
    id = published.id;
    const office = await tokenFor("kontor", OFFICE);
    const edited = await api("PUT", `/api/pilots/${id}`, {
      token: office,
      body: { ...content, need: "Flere unge uten jobb." },
      headers: { "if-match": `"${published.version}"` },
    });
    expect(edited.status).toBe(200);
    await slipInTheNumber(id);
    const curator = await tokenFor("kurator");
    const before = await api("GET", `/api/pilots/${id}`, { token: curator });
    expect(before.status).toBe(200);
    expect(holdsTheNumber(before.body)).toBe(true);
    oldSlug = before.body.slug;
    expect(oldSlug).toContain(WRITTEN);
    version = before.body.version;
    expect(holdsTheNumber(await wholeTable())).toBe(true);
  });

  it("refuses an office, and a body without anything to redact", async () => {
    const office = await api("POST", `/api/pilots/${id}/redact`, {
      token: await tokenFor("kontor", OFFICE),
      body: { identityNumbers: true, reason: "Test" },
      headers: { "if-match": `"${version}"` },
    });
    expect(office.status).toBe(403);
    const empty = await api("POST", `/api/pilots/${id}/redact`, {
      token: await tokenFor("kurator"),
      body: { reason: "Test" },
      headers: { "if-match": `"${version}"` },
    });
    expect(empty.status).toBe(422);
    expect(empty.body.errors).toContainEqual({ pointer: "/fields", message: expect.stringMatching(/Velg felt/) });
  });

  it("removes the number from every item of the table, replaces the slug, and keeps a history entry with who, when and why", async () => {
    // Act
    const curator = await tokenFor("kurator");
    const started = Date.now();
    const res = await api("POST", `/api/pilots/${id}/redact`, {
      token: curator,
      body: { identityNumbers: true, fields: ["/contact/phone"], reason: "Et fødselsnummer sto i tittelen og sammendraget." },
      headers: { "if-match": `"${version}"` },
    });
    const took = Date.now() - started;

    // Assess: the answer says what changed, never what was removed
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ slugReplaced: true, pilot: { version: version + 1 } });
    expect(res.body.fieldsRedacted).toBeGreaterThanOrEqual(3);
    expect(res.body.revisionsTouched).toBeGreaterThanOrEqual(4);
    expect(res.body.pilot.content.title).toBe("Jobbklubb [fjernet] Gjøvik");
    expect(res.body.pilot.content.summary).toBe("Deltakeren [fjernet] møtte hver uke.");
    expect(res.body.pilot.content.contact.phone).toBeUndefined();
    expect(res.body.pilot.slug).not.toBe(oldSlug);
    console.log(
      `redaction: ${res.body.fieldsRedacted} strings in the record, ${res.body.revisionsTouched} revisions, ${res.body.itemsWritten} items written, ${took} ms`,
    );

    // Not one item of the whole table holds the number any more, in any written form
    const table = await wholeTable();
    expect(table.filter(holdsTheNumber)).toEqual([]);
    expect(JSON.stringify(table)).not.toContain(oldSlug);

    // Every revision is redacted, and the history says who redacted, when and why
    const revisions = await api("GET", `/api/pilots/${id}/revisions`, { token: curator });
    expect(revisions.body.items.every((r: { snapshot: { slug: string } }) => r.snapshot.slug === res.body.pilot.slug)).toBe(true);
    const entry = revisions.body.items[0];
    expect(entry).toMatchObject({ action: "redact", by: { sub: "kurator" }, note: "Et fødselsnummer sto i tittelen og sammendraget.", version: version + 1 });
    expect(typeof entry.at).toBe("string");

    // The public record and the updatedSince export carry the redacted trial under its new slug only
    const exported = (await wholeExport("2000-01-01T00:00:00.000Z")).filter((p) => p.id === id);
    expect(exported).toHaveLength(1);
    expect(exported[0].slug).toBe(res.body.pilot.slug);
    expect(exported[0].title).toBe("Jobbklubb [fjernet] Gjøvik");

    // The old address answers 410 Gone; the new one is the trial's
    const gone = await fetch(`${inject("hubUrl")}/utproving/${encodeURIComponent(oldSlug)}/`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain("Siden er fjernet");
  });

  it("keeps the trial's workflow going after the redaction", async () => {
    const office = await tokenFor("kontor", OFFICE);
    const mine = await api("GET", `/api/pilots/${id}`, { token: office });
    const saved = await api("PUT", `/api/pilots/${id}`, {
      token: office,
      body: { ...mine.body.content, need: "Oppdatert etter sladding." },
      headers: { "if-match": `"${mine.body.version}"` },
    });
    expect(saved.status).toBe(200);
  });

  it("answers 412 on a stale version and writes nothing", async () => {
    const before = await wholeTable();
    const res = await api("POST", `/api/pilots/${id}/redact`, {
      token: await tokenFor("kurator"),
      body: { fields: ["/summary"], reason: "Gammel versjon" },
      headers: { "if-match": '"1"' },
    });
    expect(res.status).toBe(412);
    expect((await wholeTable()).length).toBe(before.length);
  });
});

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DeleteCommand, GetCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { deployedSlugs, writeGonePages } from "../../scripts/gone-pages.ts";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { RedactionRepository } from "../../shared/adapters/dynamodb/redaction-repository.ts";
import { PilotSchema } from "../../shared/domain/pilot.ts";
import { slugify } from "../../shared/domain/slug.ts";
import { createNotifier } from "../../shared/application/notices/notifier.ts";
import { reviewNoticesFor, type ChangeImages } from "../../shared/adapters/stream/review-notices.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, wholeExport } from "../support/lifecycle.ts";
import { aggregateAfter } from "../support/figures.ts";
import { testTable } from "../support/notices.ts";

const OFFICE = "nav-skien";
const TITLE = "Arbeidstrening med Sigrun Østbø-Haraldsen på Brygga";
const NAME = "Sigrun Østbø-Haraldsen";
const EMAIL = "sigrun.ostbo@nav.example";
const CURATORS = "kuratorer-sladding@nav.example";
const FOLLOWER = "folger-sladding@nav.example";

/** Every form a redacted text may take in stored data: as written, case-folded, slugified, percent-encoded, and an e-mail's local part. */
function formsOf(text: string): string[] {
  const forms = [
    text,
    text.toLocaleLowerCase("nb"),
    text.toLocaleUpperCase("nb"),
    slugify(text),
    encodeURIComponent(text),
    encodeURIComponent(text).replaceAll("%20", "+"),
  ];
  if (text.includes("@")) {
    const local = text.slice(0, text.indexOf("@"));
    forms.push(local, slugify(local), encodeURIComponent(local));
  }
  return forms;
}
const FORMS = [TITLE, NAME, EMAIL].flatMap(formsOf);

/** Every item of the whole table, by scanning it (a test may; the API never does). */
async function wholeTable(): Promise<Record<string, unknown>[]> {
  const { db, tableName } = testTable();
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db.send(new ScanCommand({ TableName: tableName, ...(start ? { ExclusiveStartKey: start } : {}) }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/** The forms an item holds, compared case-insensitively. */
function formsIn(item: unknown): string[] {
  const text = JSON.stringify(item).toLocaleLowerCase("nb");
  return FORMS.filter((form) => text.includes(form.toLocaleLowerCase("nb")));
}

/** The log and digests as the stream would make them: the notifier with a mailer that only says it sent. */
function notifier() {
  const { notices, pilots } = testTable();
  let sent = 0;
  return createNotifier({
    notices,
    loadPilot: (id) => pilots.get(id),
    mailer: { send: async () => ({ messageId: `sladding-${++sent}` }) },
    siteUrl: inject("hubUrl"),
    curators: async () => [CURATORS],
    authorEmail: async () => `kontor-${OFFICE}@nav.example`,
  });
}

const pilotImage = (body: unknown) => ({ ...keys.pilot("-"), data: PilotSchema.parse(body) });

describe("a redaction reaches every item that holds what it removes", () => {
  // The hub's table is shared with the other notice tests: take this test's digests, preferences and
  // followers away again, so that their digest runs send nothing to these addresses.
  afterAll(async () => {
    const { db, tableName } = testTable();
    const ours = (await wholeTable()).filter((item) =>
      [CURATORS, FOLLOWER].some((address) => String(item.pk).includes(address) || String(item.sk).includes(address)),
    );
    for (const item of ours) await db.send(new DeleteCommand({ TableName: tableName, Key: { pk: item.pk, sk: item.sk } }));
  });

  const methodId = `sladding-${Date.now().toString(36)}`;
  let id = "";
  let oldSlug = "";
  let version = 0;

  beforeAll(async () => {
    // Prepare: a published trial of its own method, with notices sent, a reconsideration and a conversation
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");
    const { notices } = testTable();
    expect((await api("POST", "/api/methods", { token: curator, body: { id: methodId, name: `Arbeidstrening ${methodId}` } })).status).toBe(201);
    const now = new Date().toISOString();
    await notices.savePreferences(CURATORS, { reviewNotices: true, curatorDelivery: "daily", follows: [] }, 0, now);
    await notices.savePreferences(
      FOLLOWER,
      { reviewNotices: true, curatorDelivery: "email", follows: [{ kind: "method", id: methodId, delivery: "weekly" }] },
      0,
      now,
    );

    const content = endedContent({
      title: TITLE,
      summary: `Kontaktperson ${NAME} fulgte opp hver deltaker.`,
      contact: { name: NAME, email: EMAIL, phone: "22 33 44 55" },
    });
    const created = await api("POST", "/api/pilots", { token: office, body: content, headers: { "idempotency-key": `sladding-${methodId}` } });
    expect(created.status).toBe(201);
    id = created.body.id;
    const submitted = await api("POST", `/api/pilots/${id}/submit`, { token: office, headers: { "if-match": '"1"' } });
    const published = await api("POST", `/api/pilots/${id}/publish`, {
      token: curator,
      body: { evidence: { strength: 3, direction: "ingen" }, methodId },
      headers: { "if-match": `"${submitted.body.version}"` },
    });
    expect(published.status, published.text).toBe(200);
    oldSlug = published.body.slug;
    const send = notifier();
    const report = await send.deliver([
      ...reviewNoticesFor({ oldImage: pilotImage(created.body), newImage: pilotImage(submitted.body) }),
      ...reviewNoticesFor({ oldImage: pilotImage(submitted.body), newImage: pilotImage(published.body) }),
    ]);
    expect(report.sent.map((s) => s.to)).toContain(EMAIL);
    expect(report.queuedForDigest).toBeGreaterThanOrEqual(2);

    const asked = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: office,
      body: { comment: `${NAME} mener vurderingen er for streng.` },
      headers: { "if-match": `"${published.body.version}"` },
    });
    expect(asked.status, asked.text).toBe(202);
    const request = (await testTable().pilots.listReconsiderations(id))[0];
    const recon: ChangeImages = { newImage: { ...keys.reconsideration(id, request?.requestedAt ?? ""), data: request } };
    expect((await send.deliver(reviewNoticesFor(recon))).queuedForDigest).toBe(1);

    const edited = await api("PUT", `/api/pilots/${id}`, {
      token: office,
      body: { ...content, need: "Flere trenger arbeidstrening." },
      headers: { "if-match": `"${asked.body.version}"` },
    });
    const resubmitted = await api("POST", `/api/pilots/${id}/submit`, { token: office, headers: { "if-match": `"${edited.body.version}"` } });
    const returned = await api("POST", `/api/pilots/${id}/request-changes`, {
      token: curator,
      body: { comment: `Spør ${NAME} om tallene.` },
      headers: { "if-match": `"${resubmitted.body.version}"` },
    });
    expect(returned.status, returned.text).toBe(200);
    await send.deliver(reviewNoticesFor({ oldImage: pilotImage(resubmitted.body), newImage: pilotImage(returned.body) }));
    const replied = await api("POST", `/api/pilots/${id}/reply`, {
      token: office,
      body: { message: `Skriv til ${EMAIL}, hun har tallene.` },
      headers: { "if-match": `"${returned.body.version}"` },
    });
    expect(replied.status, replied.text).toBe(200);
    version = replied.body.version;

    // Every kind of item holds the texts before the redaction; the method's stored figures name the trial
    // by its id only (no title or address), once the stream's consumer has counted the trial (the figures as
    // `aggregateAfter` found them).
    const aggregate = await aggregateAfter(methodId, String(published.body.updatedAt), (stored) => expect(JSON.stringify(stored.data)).toContain(id));
    const table = await wholeTable();
    const holders = table.filter((item) => formsIn(item).length > 0).map((item) => String(item.entity));
    expect(new Set(holders)).toEqual(new Set(["pilot", "revision", "public", "reconsideration", "notice", "digest"]));
    expect(formsIn(aggregate)).toEqual([]);
    expect(JSON.stringify(aggregate.data)).toContain(id);
  });

  it("leaves none of the redacted texts in any form anywhere in the table, and moves the trial to a new address", async () => {
    // Act
    const started = performance.now();
    const res = await api("POST", `/api/pilots/${id}/redact`, {
      token: await tokenFor("kurator"),
      body: { fields: ["/title", "/contact/name", "/contact/email"], reason: "Navn og e-post til en kontaktperson sto i tittelen." },
      headers: { "if-match": `"${version}"` },
    });
    const seconds = (performance.now() - started) / 1000;

    // Assess
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ slugReplaced: true, pilot: { version: version + 1, state: "changes_requested", content: { title: "[fjernet]" } } });
    const newSlug: string = res.body.pilot.slug;
    expect(newSlug).toMatch(/^fjernet-[a-z0-9]{6}$/);
    console.log(
      `redaction: ${res.body.fieldsRedacted} strings in the record, ${res.body.revisionsTouched} revisions, ${res.body.itemsWritten} items written, ${seconds.toFixed(3)} s`,
    );

    // The method's stored figures follow the redacted public record through the table's stream
    await aggregateAfter(methodId, String(res.body.pilot.updatedAt));
    const table = await wholeTable();
    expect(table.map((item) => ({ pk: item.pk, sk: item.sk, forms: formsIn(item) })).filter((hit) => hit.forms.length > 0)).toEqual([]);
    expect(JSON.stringify(table)).not.toContain(oldSlug);
    // The creation's idempotency item is still there (a retry replays the trial), holding no text
    const { db, tableName } = testTable();
    const idempotency = table.find((item) => item.entity === "idempotency" && item.pilotId === id);
    expect(idempotency).toBeDefined();
    // The log still says what went out, to an address that is never written to
    const logged = table
      .filter((item) => item.entity === "notice" && (item.data as { pilotId?: string }).pilotId === id)
      .map((item) => item.data as { to: string; subject: string });
    expect(logged.length).toBeGreaterThanOrEqual(4);
    expect(logged.filter((n) => n.to.endsWith("@fjernet.invalid")).length).toBeGreaterThanOrEqual(2);
    // The method's stored figures were recomputed from the redacted public record
    const aggregate = await db.send(new GetCommand({ TableName: tableName, Key: keys.methodAggregate(methodId) }));
    expect(aggregate.Item?.readAt).toBeTypeOf("string");
    expect(String(aggregate.Item?.readAt) >= String(res.body.pilot.updatedAt)).toBe(true);

    // A notice after the redaction goes to the author only: the contact's placeholder address is never written to
    const after = await notifier().deliver([
      { kind: "published", eventKey: `${id}#after-redaction`, audience: "office", pilotId: id, details: { evidence: { strength: 3, direction: "ingen" } } },
    ]);
    expect(after.sent.map((s) => s.to)).toEqual([`kontor-${OFFICE}@nav.example`]);

    // The export has the trial under its new address only
    const exported = (await wholeExport("2000-01-01T00:00:00.000Z")).filter((p) => p.id === id);
    expect(exported.map((p) => p.slug)).toEqual([newSlug]);

    // The old address answers 410 Gone with a page that asks not to be indexed; the new one is not gone
    const gone = await fetch(`${inject("hubUrl")}/utproving/${oldSlug}/`);
    expect(gone.status).toBe(410);
    const page = await gone.text();
    expect(page).toContain("Siden er fjernet");
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect((await fetch(`${inject("hubUrl")}/utproving/${newSlug}/`)).status).not.toBe(410);
  });

  it("has the site build write the gone page at the old address only, from the deployed site's folders and the stored hash", async () => {
    // Prepare: the built site has the new page; the bucket still has the old one and an unrelated withdrawn one
    const { db, tableName } = testTable();
    const newSlug = (await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kurator") })).body.slug as string;
    const out = mkdtempSync(join(tmpdir(), "utp-gone-"));
    try {
      mkdirSync(join(out, "utproving", newSlug), { recursive: true });
      writeFileSync(join(out, "utproving", newSlug, "index.html"), "<h1>Ny side</h1>");
      const listing = `utproving/${oldSlug}/\tutproving/${newSlug}/\tutproving/trukket-tilbake-abcdef/\n`;
      // Act
      const gone = await writeGonePages({
        deployed: deployedSlugs(listing),
        outDir: out,
        isGone: (slug) => new RedactionRepository(db, tableName).isGone(slug),
      });
      // Assess
      expect(gone).toEqual([oldSlug]);
      expect(readdirSync(join(out, "utproving")).sort()).toEqual([newSlug, oldSlug].sort());
      const page = readFileSync(join(out, "utproving", oldSlug, "index.html"), "utf8");
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).toContain("Siden er fjernet");
      expect(formsIn(page)).toEqual([]);
      expect(readFileSync(join(out, "utproving", newSlug, "index.html"), "utf8")).toBe("<h1>Ny side</h1>");
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

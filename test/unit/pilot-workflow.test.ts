import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PilotSchema, type Pilot } from "../../shared/domain/pilot.ts";
import type { Principal } from "../../shared/domain/principal.ts";
import type { Reconsideration } from "../../shared/domain/reconsideration.ts";
import type { Revision } from "../../shared/domain/revision.ts";
import { applyPilotAction, type PilotChange, type PilotStore, type RedactionStore } from "../../shared/application/pilot-workflow.ts";
import type { RedactionSources } from "../../shared/application/redaction-plan.ts";
import { completeContent, draftContent } from "../../fixtures/pilots.ts";

const own: Principal = { sub: "kontor-nav-lier", name: "Ola", role: "kontor", office: "nav-lier" };
const other: Principal = { sub: "kontor-nav-alta", name: "Kari", role: "kontor", office: "nav-alta" };
const curator: Principal = { sub: "kurator", name: "Kari Kurator", role: "kurator" };
const NOW = new Date("2026-03-01T12:00:00.000Z");

/** A store that keeps trials in memory and records what it is asked to commit. */
class MemoryStore implements PilotStore {
  readonly commits: PilotChange[] = [];
  readonly revisions = new Map<string, Revision>();
  readonly reconsiderations = new Map<string, Reconsideration>();
  constructor(public pilot: Pilot) {}
  async require(): Promise<Pilot> {
    return this.pilot;
  }
  async getRevision(id: string, version: number) {
    return this.revisions.get(`${id}/${version}`);
  }
  async getReconsideration(id: string, at: string) {
    return this.reconsiderations.get(`${id}/${at}`);
  }
  async commit(change: PilotChange): Promise<void> {
    this.commits.push(change);
    this.pilot = change.pilot;
    this.revisions.set(`${change.pilot.id}/${change.pilot.version}`, change.revision);
    if (change.reconsideration) this.reconsiderations.set(`${change.pilot.id}/${change.reconsideration.requestedAt}`, change.reconsideration);
  }
}

function trial(state: Pilot["state"], extra: Partial<Pilot> = {}): Pilot {
  const at = "2026-01-10T08:00:00.000Z";
  return PilotSchema.parse({
    id: "01JBXYZ0000000000000000000",
    slug: "jobbklubb-01jbxyz0",
    officeId: "nav-lier",
    county: "buskerud",
    state,
    version: 3,
    createdAt: at,
    createdBy: { sub: own.sub, name: own.name },
    updatedAt: at,
    updatedBy: { sub: own.sub, name: own.name },
    stateChangedAt: at,
    content: completeContent(),
    ...extra,
  });
}

const deps = (store: MemoryStore) => ({
  pilots: store,
  methods: { resolveMethod: async (id: string) => (id === "ips" ? { id } : undefined) },
  clock: () => NOW,
});

describe("the workflow service: one write path for every action", () => {
  it("publishes with the target state from the workflow, and returns the record, its revision and its public record", async () => {
    // Prepare
    const store = new MemoryStore(trial("submitted", { reviewComment: "Se over" }));
    // Act
    const { pilot, change } = await applyPilotAction(deps(store), {
      id: store.pilot.id,
      expectedVersion: 3,
      actor: curator,
      action: { kind: "publish", evidence: { strength: 2, direction: "positiv" }, methodId: "ips", note: "Fin" },
    });
    // Assess
    expect(pilot).toMatchObject({
      state: "published",
      version: 4,
      publishedVersion: 4,
      methodId: "ips",
      publishedAt: NOW.toISOString(),
      stateChangedAt: NOW.toISOString(),
    });
    expect(pilot.reviewComment).toBeUndefined();
    expect(change.expectedVersion).toBe(3);
    expect(change.revision).toMatchObject({ version: 4, action: "publish", note: "Fin", by: { sub: "kurator", name: "Kari Kurator" }, snapshot: pilot });
    expect(change.publicRecord?.kind).toBe("published");
    expect(change.publicRecord?.kind === "published" && change.publicRecord.pilot).toMatchObject({
      id: pilot.id,
      methodId: "ips",
      evidence: { strength: 2, direction: "positiv" },
    });
    expect(store.commits).toHaveLength(1);
  });

  it("withdraws a published trial into a tombstone, and a never-published one without any public record", async () => {
    const published = new MemoryStore(
      trial("published", { publishedVersion: 3, firstPublishedAt: "2026-02-01T00:00:00.000Z", evidence: { strength: 1, direction: "uavklart" } }),
    );
    const a = await applyPilotAction(deps(published), {
      id: published.pilot.id,
      expectedVersion: 3,
      actor: curator,
      action: { kind: "withdraw", reason: "Dobbelt" },
    });
    expect(a.pilot.state).toBe("withdrawn");
    expect(a.pilot.publishedVersion).toBeUndefined();
    expect(a.change.publicRecord).toEqual({
      kind: "withdrawn",
      tombstone: { id: a.pilot.id, slug: a.pilot.slug, deleted: true, deletedAt: NOW.toISOString() },
    });

    const draft = new MemoryStore(trial("draft", { content: draftContent() }));
    const b = await applyPilotAction(deps(draft), { id: draft.pilot.id, expectedVersion: 3, actor: own, action: { kind: "withdraw", reason: "Feil" } });
    expect(b.change.publicRecord).toBeUndefined();
  });

  it("opens a reconsideration request and answers it, the answer reaching the public record when the rating changes", async () => {
    const store = new MemoryStore(
      trial("published", { publishedVersion: 3, firstPublishedAt: "2026-02-01T00:00:00.000Z", evidence: { strength: 1, direction: "uavklart" } }),
    );
    store.revisions.set(`${store.pilot.id}/3`, {
      id: store.pilot.id,
      version: 3,
      action: "publish",
      at: "2026-02-01T00:00:00.000Z",
      by: { sub: curator.sub, name: curator.name },
      snapshot: store.pilot,
    });
    const asked = await applyPilotAction(deps(store), {
      id: store.pilot.id,
      expectedVersion: 3,
      actor: own,
      action: { kind: "request_reconsideration", comment: "Se på designet" },
    });
    expect(asked.change.reconsideration).toMatchObject({ status: "open", requestedAt: NOW.toISOString(), evidenceAtRequest: { strength: 1 } });
    expect(asked.pilot.state).toBe("published");

    const answered = await applyPilotAction(deps(store), {
      id: store.pilot.id,
      expectedVersion: 4,
      actor: curator,
      action: {
        kind: "answer_reconsideration",
        requestedAt: NOW.toISOString(),
        decision: "changed",
        evidence: { strength: 3, direction: "positiv" },
        reason: "Godt design",
      },
    });
    expect(answered.change.reconsideration).toMatchObject({ status: "answered", decision: "changed", evidenceAfter: { strength: 3 } });
    expect(answered.change.publicRecord?.kind === "published" && answered.change.publicRecord.pilot.evidence).toEqual({ strength: 3, direction: "positiv" });
    await expect(
      applyPilotAction(deps(store), {
        id: store.pilot.id,
        expectedVersion: 5,
        actor: curator,
        action: { kind: "answer_reconsideration", requestedAt: NOW.toISOString(), decision: "kept", reason: "Igjen" },
      }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it("refuses what the workflow forbids (403), a wrong state (409), an incomplete trial (422) and a stale version (412), writing nothing", async () => {
    const submitted = new MemoryStore(trial("submitted"));
    await expect(
      applyPilotAction(deps(submitted), { id: submitted.pilot.id, expectedVersion: 3, actor: other, action: { kind: "update", content: draftContent() } }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      applyPilotAction(deps(submitted), { id: submitted.pilot.id, expectedVersion: 3, actor: own, action: { kind: "submit" } }),
    ).rejects.toMatchObject({ status: 409 });
    await expect(
      applyPilotAction(deps(submitted), { id: submitted.pilot.id, expectedVersion: 2, actor: curator, action: { kind: "request_changes", comment: "Mer" } }),
    ).rejects.toMatchObject({ status: 412 });
    await expect(
      applyPilotAction(deps(submitted), {
        id: submitted.pilot.id,
        expectedVersion: 3,
        actor: curator,
        action: { kind: "publish", evidence: { strength: 1, direction: "ingen" }, methodId: "finnes-ikke" },
      }),
    ).rejects.toMatchObject({ status: 422 });
    const draft = new MemoryStore(trial("draft", { content: draftContent() }));
    await expect(applyPilotAction(deps(draft), { id: draft.pilot.id, expectedVersion: 3, actor: own, action: { kind: "submit" } })).rejects.toMatchObject({
      status: 422,
      errors: expect.arrayContaining([expect.objectContaining({ pointer: "/summary" })]),
    });
    expect(submitted.commits).toEqual([]);
    expect(draft.commits).toEqual([]);
  });

  it("marks an edit of a published trial as waiting for review and keeps its address", async () => {
    const store = new MemoryStore(trial("published", { publishedVersion: 3 }));
    const { pilot } = await applyPilotAction(deps(store), {
      id: store.pilot.id,
      expectedVersion: 3,
      actor: own,
      action: { kind: "update", content: completeContent({ title: "Nytt navn på jobbklubben" }) },
    });
    expect(pilot).toMatchObject({ hasPendingChanges: true, slug: "jobbklubb-01jbxyz0", publishedVersion: 3, state: "published" });
  });
});

describe("redaction: a workflow action through the same write path", () => {
  /** What the redaction store would read and write, in memory. */
  const redactions = (sources: RedactionSources) => {
    const commits: Parameters<RedactionStore["commit"]>[0][] = [];
    const store: RedactionStore = { sources: async () => sources, commit: async (change) => void commits.push(change) };
    return { store, commits };
  };
  const published = () =>
    trial("published", {
      publishedVersion: 3,
      slug: "jobbklubb-for-kari-nordmann-000000",
      content: completeContent({ title: "Jobbklubb for Kari Nordmann" }),
      evidence: { strength: 2, direction: "positiv" },
      methodId: "ips",
      publishedAt: "2026-01-11T08:00:00.000Z",
      firstPublishedAt: "2026-01-11T08:00:00.000Z",
    });

  it("is refused to office staff (403) and writes nothing", async () => {
    const store = new MemoryStore(published());
    const r = redactions({ revisions: [], reconsiderations: [], notices: [], digests: [] });
    await expect(
      applyPilotAction(
        { ...deps(store), redactions: r.store },
        {
          id: store.pilot.id,
          expectedVersion: 3,
          actor: own,
          action: { kind: "redact", spec: { fields: ["/title"], identityNumbers: false }, reason: "Navn" },
        },
      ),
    ).rejects.toMatchObject({ status: 403 });
    expect(r.commits).toEqual([]);
  });

  it("replaces the values of the redacted fields wherever they stand, gives a new address and keeps only the old one's hash", async () => {
    // Prepare: the name in the title, the contact, the conversation and a sent notice to the contact
    const current = { ...published(), reviewComment: "Ring Kari Nordmann." };
    const store = new MemoryStore(current);
    const revision: Revision = {
      id: current.id,
      version: 3,
      action: "request_changes",
      at: NOW.toISOString(),
      by: { sub: "kurator", name: "Kurator" },
      note: "Spør KARI NORDMANN",
      snapshot: current,
    };
    const notice = {
      eventKey: `${current.id}#v3#published`,
      kind: "published" as const,
      pilotId: current.id,
      officeId: current.officeId,
      title: current.content.title,
      to: "kari.nordmann@nav.example",
      role: "kontakt" as const,
      subject: `Publisert: ${current.content.title}`,
      status: "sent" as const,
      claimedAt: NOW.toISOString(),
    };
    const digest = {
      to: "kurator@nav.example",
      rhythm: "daily" as const,
      at: NOW.toISOString(),
      eventKey: "x",
      subject: notice.subject,
      link: `https://x/utproving/${current.slug}/`,
    };
    const r = redactions({ revisions: [revision], reconsiderations: [], notices: [notice], digests: [digest] });
    // Act
    const { pilot, change } = await applyPilotAction(
      { ...deps(store), redactions: r.store },
      {
        id: current.id,
        expectedVersion: 3,
        actor: curator,
        action: { kind: "redact", spec: { fields: ["/contact/name", "/contact/email"], identityNumbers: false }, reason: "Navn på kontaktpersonen" },
      },
    );
    // Assess
    expect(pilot).toMatchObject({
      version: 4,
      state: "published",
      slug: "jobbklubb-for-fjernet-000000",
      reviewComment: "Ring [fjernet].",
      content: { title: "Jobbklubb for [fjernet]", contact: { name: "[fjernet]", email: "fjernet@fjernet.invalid" } },
    });
    expect(change.revision).toMatchObject({ action: "redact", note: "Navn på kontaktpersonen", by: { sub: "kurator" } });
    const writes = r.commits[0]?.redaction;
    expect(writes?.revisions[0]).toMatchObject({ note: "Spør [fjernet]", snapshot: { slug: "jobbklubb-for-fjernet-000000" } });
    expect(writes?.notices[0]?.after).toMatchObject({
      to: "fjernet-1@fjernet.invalid",
      title: "Jobbklubb for [fjernet]",
      subject: "Publisert: Jobbklubb for [fjernet]",
    });
    expect(writes?.digests[0]?.after).toMatchObject({
      link: "https://x/utproving/jobbklubb-for-fjernet-000000/",
      subject: "Publisert: Jobbklubb for [fjernet]",
    });
    expect(writes?.goneSlugHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing written holds the name (the entries' `before` only give the keys to replace)
    const written = { ...r.commits[0], redaction: { ...writes, notices: writes?.notices.map((n) => n.after), digests: writes?.digests.map((d) => d.after) } };
    expect(JSON.stringify(written).toLowerCase()).not.toContain("nordmann");
    expect(writes?.figures).toMatchObject({ slugReplaced: true, revisionsTouched: 1, itemsWritten: 6 });
  });
});

describe("keys and transactions belong to shared/adapters/dynamodb", () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
    });

  it("no raw DynamoDB write appears in functions/, shared/ outside shared/adapters/dynamodb/, or the site", () => {
    const files = [...sources("functions"), ...sources("shared"), ...sources("site/src")].filter((f) => !f.startsWith(join("shared", "adapters", "dynamodb")));
    const offending = files.filter((file) => /TransactWriteCommand|TransactItems|TableName:/.test(readFileSync(file, "utf8")));
    expect(offending).toEqual([]);
  });

  it("no key string is written outside shared/adapters/dynamodb/ (keys.ts builds them all)", () => {
    // The infra tests are left out: they hold the synthesized template against literal values on purpose.
    const files = ["functions", "shared", "site/src", "infra", "bench", "scripts", "test"]
      .flatMap(sources)
      .filter((f) => !f.startsWith(join("shared", "adapters", "dynamodb")) && !f.startsWith(join("test", "infra")));
    const offending = files.filter((file) => /["'`](?:PILOT|REV|RECON|METHOD|OFFICE|STATE|IDEMPOTENCY|RESULTS_DUE)[#"'`]/.test(readFileSync(file, "utf8")));
    expect(offending).toEqual([]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Pilot, PilotContentInput } from "../../shared/domain/pilot.ts";
import { DraftSync, NEW_UNSAVED_KEY, UNSAVED_KEY, withoutRefusedText, type DraftApi, type SaveStatus } from "../../site/src/app/form/draft-sync.ts";

/** A valid fødselsnummer (both check digits hold), written with a space. */
const IDENTITY_NUMBER = "010190 00008";

class MemoryStore {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

function pilot(version: number, content: PilotContentInput): Pilot {
  const at = "2026-01-01T10:00:00.000Z";
  const who = { sub: "kontor-nav-lier", name: "Kari" };
  return {
    id: "01JD0000000000000000000000",
    slug: "x",
    officeId: "nav-lier",
    county: "buskerud",
    state: "draft",
    version,
    createdAt: at,
    createdBy: who,
    updatedAt: at,
    updatedBy: who,
    stateChangedAt: at,
    content: content as Pilot["content"],
  };
}

function fakeApi(overrides: Partial<DraftApi> = {}) {
  const calls: { op: string; version?: number; key?: string; content: PilotContentInput }[] = [];
  let version = 0;
  const api: DraftApi = {
    create: async (content, key) => {
      calls.push({ op: "create", key, content });
      version = 1;
      return pilot(version, content);
    },
    update: async (_id, v, content) => {
      calls.push({ op: "update", version: v, content });
      version = v + 1;
      return pilot(version, content);
    },
    ...overrides,
  };
  return { api, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("saving a draft", () => {
  it("creates it once with the idempotency key after the pause, then updates with the version it has", async () => {
    // Prepare
    const { api, calls } = fakeApi();
    const statuses: SaveStatus["kind"][] = [];
    const sync = new DraftSync({ api, storage: new MemoryStore(), idempotencyKey: "k-1", onStatus: (s) => statuses.push(s.kind) });

    // Act
    sync.edit({ title: "Jobbklubb" });
    sync.edit({ title: "Jobbklubb for unge" });
    await vi.advanceTimersByTimeAsync(2100);
    sync.edit({ title: "Jobbklubb for unge", summary: "Hver uke." });
    await vi.advanceTimersByTimeAsync(2100);

    // Assess
    expect(calls.map((c) => [c.op, c.version ?? c.key])).toEqual([
      ["create", "k-1"],
      ["update", 1],
    ]);
    expect(calls[0]?.content).toEqual({ title: "Jobbklubb for unge" });
    expect(sync.pilot?.version).toBe(2);
    expect(statuses.at(-1)).toBe("saved");
  });

  it("does not save a draft without a title and says the title is needed", async () => {
    const { api, calls } = fakeApi();
    let last: SaveStatus | undefined;
    const sync = new DraftSync({ api, storage: new MemoryStore(), onStatus: (s) => (last = s) });
    sync.edit({ summary: "Bare et sammendrag" } as PilotContentInput);
    await vi.advanceTimersByTimeAsync(2100);
    expect(calls).toEqual([]);
    expect(last?.kind === "invalid" && last.needsTitle).toBe(true);
  });

  it("stops on a conflict (412) and saves nothing more until resolved", async () => {
    const { api, calls } = fakeApi({
      update: async () => {
        throw Object.assign(new Error("Utdatert"), { status: 412 });
      },
    });
    const statuses: string[] = [];
    const sync = new DraftSync({ api, storage: new MemoryStore(), pilot: pilot(3, { title: "Abc" }), onStatus: (s) => statuses.push(s.kind) });
    sync.edit({ title: "Ny tittel" });
    await vi.advanceTimersByTimeAsync(2100);
    sync.edit({ title: "Ny tittel igjen" });
    await vi.advanceTimersByTimeAsync(2100);
    expect(sync.inConflict).toBe(true);
    expect(statuses).toContain("conflict");
    expect(calls).toEqual([]);
    sync.resolve(pilot(4, { title: "Fra den andre" }));
    expect(sync.inConflict).toBe(false);
    expect(sync.pilot?.version).toBe(4);
  });

  it("passes the API's field errors on (422) with dotted paths", async () => {
    const { api } = fakeApi({
      update: async () => {
        throw Object.assign(new Error("Ugyldig"), { status: 422, problem: { errors: [{ pointer: "/partnerOfficeIds/0", message: "Ukjent kontor" }] } });
      },
    });
    const rejected: string[] = [];
    const sync = new DraftSync({
      api,
      storage: new MemoryStore(),
      pilot: pilot(1, { title: "Abc" }),
      onRejected: (issues) => rejected.push(...issues.map((i) => `${i.path}: ${i.message}`)),
    });
    sync.edit({ title: "Abc", partnerOfficeIds: ["nav-finnes-ikke"] });
    await sync.flush();
    expect(rejected).toEqual(["partnerOfficeIds.0: Ukjent kontor"]);
  });
});

describe("the local copy of what is not saved yet", () => {
  it("keeps the unsaved text per draft until the save succeeds", async () => {
    const storage = new MemoryStore();
    const { api } = fakeApi();
    const sync = new DraftSync({ api, storage, pilot: pilot(2, { title: "Abc" }) });
    sync.edit({ title: "Abc", summary: "Ikke lagret ennå" });
    expect(JSON.parse(storage.getItem(UNSAVED_KEY(sync.pilot!.id)) ?? "{}")).toEqual({ version: 2, content: { title: "Abc", summary: "Ikke lagret ennå" } });
    const reopened = new DraftSync({ api, storage, pilot: pilot(2, { title: "Abc" }) });
    expect(reopened.restoreUnsaved()).toEqual({ title: "Abc", summary: "Ikke lagret ennå" });
    await vi.advanceTimersByTimeAsync(2100);
    expect(storage.items.size).toBe(0);
  });

  it("never writes text the privacy guard refuses to the browser's storage", async () => {
    // Prepare
    const storage = new MemoryStore();
    const { api, calls } = fakeApi();
    const sync = new DraftSync({ api, storage });

    // Act: the summary holds an identity number; the partner's role too.
    sync.edit({
      title: "Jobbklubb",
      summary: `Deltakeren ${IDENTITY_NUMBER} kom i jobb`,
      partners: [{ name: "Frivilligsentralen", type: "frivillig-organisasjon", role: `Fulgte opp ${IDENTITY_NUMBER}` }],
      recipe: { steps: ["Første steg", `Ring ${IDENTITY_NUMBER}`] },
    });
    await vi.advanceTimersByTimeAsync(2100);

    // Assess: nothing stored holds the number, the rest is kept, and the API got nothing.
    const stored = storage.getItem(NEW_UNSAVED_KEY) ?? "";
    expect(stored).not.toContain("010190");
    expect(JSON.parse(stored).content).toEqual({
      title: "Jobbklubb",
      partners: [{ name: "Frivilligsentralen", type: "frivillig-organisasjon" }],
      recipe: { steps: ["Første steg", ""] },
    });
    expect(calls).toEqual([]);
  });

  it("drops a refused string wherever it is", () => {
    expect(withoutRefusedText({ a: "ok", b: `x ${IDENTITY_NUMBER}`, c: [1, "fine"] })).toEqual({ a: "ok", c: [1, "fine"] });
  });
});

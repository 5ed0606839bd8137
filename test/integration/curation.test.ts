import { describe, expect, it } from "vitest";
import { CatalogRepository } from "../../shared/adapters/dynamodb/catalog-repository.ts";
import { MergeRepository } from "../../shared/adapters/dynamodb/merge-repository.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { mergeMethods } from "../../shared/application/method-merge.ts";
import { api, tokenFor } from "../support/api.ts";
import { caughtUp, figuresTable } from "../support/figures.ts";
import { endedContent, publishedPilot, submittedPilot, wholeExport } from "../support/lifecycle.ts";

const OFFICE = "nav-lier";
const OTHER = "nav-bodo";

describe("the whole life of a trial", () => {
  it("goes from registration through review and revisions to withdrawal, and the export follows", async () => {
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");
    const start = new Date(Date.now() - 1000).toISOString();

    // Register and submit
    const { id, version: v2 } = await submittedPilot(OFFICE, endedContent({ title: "Livsløp: skolefullføring i Lier" }));

    // The curator sees it in the queue, oldest first, with office and age
    const queue = await api("GET", "/api/review-queue", { token: curator });
    expect(queue.status).toBe(200);
    const entry = queue.body.items.find((i: { id: string }) => i.id === id);
    expect(entry).toMatchObject({ officeId: OFFICE, officeName: "NAV Lier", ageDays: 0 });
    const times = queue.body.items.map((i: { submittedAt: string }) => i.submittedAt);
    expect([...times].sort()).toEqual(times);

    // Request changes; the office sees the comment
    const returned = await api("POST", `/api/pilots/${id}/request-changes`, {
      token: curator,
      body: { comment: "Oppgi hvordan sammenligningsgruppen ble valgt." },
      headers: { "if-match": `"${v2}"` },
    });
    expect(returned.status).toBe(200);
    const seen = await api("GET", `/api/pilots/${id}`, { token: office });
    expect(seen.body).toMatchObject({ state: "changes_requested", reviewComment: "Oppgi hvordan sammenligningsgruppen ble valgt." });

    // Fix and resubmit
    const fixed = endedContent({ title: "Livsløp: skolefullføring i Lier", summary: "Sammenligning med to nabokommuner valgt på forhånd." });
    const edited = await api("PUT", `/api/pilots/${id}`, { token: office, body: fixed, headers: { "if-match": `"${seen.body.version}"` } });
    const resubmitted = await api("POST", `/api/pilots/${id}/submit`, { token: office, headers: { "if-match": `"${edited.body.version}"` } });
    expect(resubmitted.body.state).toBe("submitted");

    // Publish
    const published = await api("POST", `/api/pilots/${id}/publish`, {
      token: curator,
      body: { evidence: { strength: 3, direction: "ingen" }, methodId: "effektkontrakt-skolefullforing", note: "Godt gjennomført, ingen effekt." },
      headers: { "if-match": `"${resubmitted.body.version}"` },
    });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ state: "published", publishedVersion: published.body.version });
    let exported = (await wholeExport()).find((p) => p.id === id);
    expect(exported).toMatchObject({ summary: fixed.summary, evidence: { strength: 3, direction: "ingen" }, methodId: "effektkontrakt-skolefullforing" });

    // The office edits the published trial: the public version stays as it was
    const edit = await api("PUT", `/api/pilots/${id}`, {
      token: office,
      body: { ...fixed, summary: "Ny tekst som venter på kurator." },
      headers: { "if-match": `"${published.body.version}"` },
    });
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({ state: "published", hasPendingChanges: true });
    exported = (await wholeExport()).find((p) => p.id === id);
    expect(exported.summary).toBe(fixed.summary);
    const otherOffice = await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kontor", OTHER) });
    // Another office reads the public projection: the published fields at the top level.
    expect(otherOffice.body.summary).toBe(fixed.summary);
    expect(otherOffice.body).not.toHaveProperty("createdBy");

    // The curator reviews only what changed
    const review = await api("GET", `/api/pilots/${id}/review`, { token: curator });
    expect(review.body.changesSincePublished).toEqual([{ pointer: "/summary", before: fixed.summary, after: "Ny tekst som venter på kurator." }]);
    const diff = await api("GET", `/api/pilots/${id}/revisions/${published.body.version}/diff/${edit.body.version}`, { token: curator });
    expect(diff.body.changes.map((c: { pointer: string }) => c.pointer)).toEqual(["/summary"]);

    // Submit the edit and republish: the public version changes
    const sub2 = await api("POST", `/api/pilots/${id}/submit`, { token: office, headers: { "if-match": `"${edit.body.version}"` } });
    expect(sub2.status).toBe(200);
    const repub = await api("POST", `/api/pilots/${id}/publish`, {
      token: curator,
      body: { evidence: { strength: 3, direction: "ingen" }, methodId: "effektkontrakt-skolefullforing" },
      headers: { "if-match": `"${sub2.body.version}"` },
    });
    expect(repub.status).toBe(200);
    exported = (await wholeExport()).find((p) => p.id === id);
    expect(exported.summary).toBe("Ny tekst som venter på kurator.");

    // Withdraw: gone from the export, a tombstone for those who ask for changes
    const withdrawn = await api("POST", `/api/pilots/${id}/withdraw`, {
      token: curator,
      body: { reason: "Kontoret ba om det." },
      headers: { "if-match": `"${repub.body.version}"` },
    });
    expect(withdrawn.status).toBe(200);
    expect((await wholeExport()).some((p) => p.id === id)).toBe(false);
    const changes = await wholeExport(start);
    expect(changes.filter((p) => p.id === id)).toEqual([{ id, slug: expect.any(String), deleted: true, deletedAt: expect.any(String) }]);

    // Every action is in the history with who, when and the comment
    const history = await api("GET", `/api/pilots/${id}/revisions`, { token: curator });
    expect(history.body.items.map((r: { action: string }) => r.action).reverse()).toEqual([
      "create",
      "submit",
      "request_changes",
      "update",
      "submit",
      "publish",
      "update",
      "submit",
      "publish",
      "withdraw",
    ]);
    const withdrawal = history.body.items[0];
    expect(withdrawal).toMatchObject({ by: { sub: "kurator" }, note: "Kontoret ba om det." });
    expect(Date.parse(withdrawal.at)).not.toBeNaN();
  });
});

describe("second opinions", () => {
  it("lets the office ask for a reconsideration that a curator answers, and a changed rating reaches the export", async () => {
    const { id, version } = await publishedPilot(OFFICE);
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");

    const asked = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: office,
      body: { comment: "Vi hadde en sammenligningsgruppe fra to kommuner." },
      headers: { "if-match": `"${version}"` },
    });
    expect(asked.status).toBe(202);
    const queue = await api("GET", "/api/review-queue", { token: curator });
    const request = queue.body.reconsiderations.find((r: { pilotId: string }) => r.pilotId === id);
    expect(request).toMatchObject({ comment: "Vi hadde en sammenligningsgruppe fra to kommuner.", status: "open" });

    const answered = await api("POST", `/api/pilots/${id}/reconsideration/answer`, {
      token: curator,
      body: { requestedAt: request.requestedAt, decision: "changed", evidence: { strength: 4, direction: "ingen" }, reason: "Designet holder nivå 4." },
      headers: { "if-match": `"${asked.body.version}"` },
    });
    expect(answered.status).toBe(200);
    expect((await wholeExport()).find((p) => p.id === id).evidence).toEqual({ strength: 4, direction: "ingen" });
    const after = await api("GET", "/api/review-queue", { token: curator });
    expect(after.body.reconsiderations.some((r: { pilotId: string }) => r.pilotId === id)).toBe(false);
    const history = await api("GET", `/api/pilots/${id}/revisions`, { token: office });
    expect(history.body.items[0]).toMatchObject({ action: "answer_reconsideration", note: expect.stringContaining("Designet holder nivå 4.") });
    const again = await api("POST", `/api/pilots/${id}/reconsideration/answer`, {
      token: curator,
      body: { requestedAt: request.requestedAt, decision: "kept", reason: "Igjen" },
      headers: { "if-match": `"${answered.body.version}"` },
    });
    expect(again.status).toBe(409);
  });

  it("lists each request with the version of its trial, and refuses an answer on top of a version someone else has written since", async () => {
    const { id, version } = await publishedPilot(OFFICE, endedContent({ title: "Ny vurdering: to kuratorer samtidig" }));
    const office = await tokenFor("kontor", OFFICE);
    const curator = await tokenFor("kurator");
    const asked = await api("POST", `/api/pilots/${id}/reconsideration`, {
      token: office,
      body: { comment: "Vi har fått en ny rapport." },
      headers: { "if-match": `"${version}"` },
    });
    expect(asked.status).toBe(202);

    // The office changes the published trial and sends the change in for review, with the request still open
    const edited = await api("PUT", `/api/pilots/${id}`, {
      token: office,
      body: endedContent({ title: "Ny vurdering: to kuratorer samtidig (endret)" }),
      headers: { "if-match": `"${asked.body.version}"` },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const resubmitted = await api("POST", `/api/pilots/${id}/submit`, { token: office, headers: { "if-match": `"${edited.body.version}"` } });
    expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);

    // One curator opens the queue: the request carries the version it was read at
    const queue = await api("GET", "/api/review-queue", { token: curator });
    expect(queue.status).toBe(200);
    const request = queue.body.reconsiderations.find((r: { pilotId: string }) => r.pilotId === id);
    expect(request).toMatchObject({ status: "open", version: resubmitted.body.version });

    // Another curator publishes the office's change meanwhile
    const published = await api("POST", `/api/pilots/${id}/publish`, {
      token: curator,
      body: { evidence: { strength: 3, direction: "ingen" }, methodId: "ips" },
      headers: { "if-match": `"${resubmitted.body.version}"` },
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    // The first curator's answer, on top of the version the queue showed, is refused and nothing is written
    const answered = await api("POST", `/api/pilots/${id}/reconsideration/answer`, {
      token: curator,
      body: { requestedAt: request.requestedAt, decision: "kept", reason: "Vurderingen står." },
      headers: { "if-match": `"${request.version}"` },
    });
    expect(answered.status).toBe(412);
    const after = await api("GET", "/api/review-queue", { token: curator });
    expect(after.body.reconsiderations.find((r: { pilotId: string }) => r.pilotId === id)).toMatchObject({ status: "open", version: published.body.version });
    const history = await api("GET", `/api/pilots/${id}/revisions`, { token: office });
    expect(history.body.items[0]).toMatchObject({ action: "publish", version: published.body.version });
  });
});

describe("methods and offices", () => {
  it("merges two methods and keeps every trial reachable under the kept one", async () => {
    const curator = await tokenFor("kurator");
    const suffix = Date.now().toString(36);
    const a = await api("POST", "/api/methods", { token: curator, body: { id: `jobbklubb-${suffix}`, name: `Jobbklubb ${suffix}` } });
    const b = await api("POST", "/api/methods", { token: curator, body: { id: `jobbverksted-${suffix}`, name: `Jobbverksted ${suffix}` } });
    expect([a.status, b.status]).toEqual([201, 201]);
    const one = await publishedPilot(OFFICE, endedContent({ title: "Jobbklubb A" }), a.body.id);
    const two = await publishedPilot(OTHER, endedContent({ title: "Jobbklubb B" }), a.body.id);

    const merged = await api("POST", `/api/methods/${a.body.id}/merge`, { token: curator, body: { into: b.body.id }, headers: { "if-match": '"1"' } });

    expect(merged.status).toBe(200);
    expect(merged.body.movedTrials).toBe(2);
    // The kept method's figures follow the moves through the table's stream
    const methods = await caughtUp(
      () => api("GET", "/api/public/methods"),
      (res) => expect(res.body.items.find((m: { id: string }) => m.id === b.body.id)?.aggregates?.trials).toBe(2),
    );
    const old = methods.body.items.find((m: { id: string }) => m.id === a.body.id);
    const kept = methods.body.items.find((m: { id: string }) => m.id === b.body.id);
    expect(old.mergedInto).toBe(b.body.id);
    expect(kept.aggregates).toMatchObject({ trials: 2, offices: 2 });
    const exported = await wholeExport();
    for (const trial of [one, two]) expect(exported.find((p) => p.id === trial.id).methodId).toBe(b.body.id);
  });

  it("continues a merge that stopped half-way when it is asked for again, moving each trial once", async () => {
    // Prepare: three published trials of a method, and a merge whose second move fails
    const curator = await tokenFor("kurator");
    const suffix = Date.now().toString(36);
    const from = (await api("POST", "/api/methods", { token: curator, body: { id: `jobbcafe-${suffix}`, name: `Jobbcafé ${suffix}` } })).body.id as string;
    const into = (await api("POST", "/api/methods", { token: curator, body: { id: `jobbtorg-${suffix}`, name: `Jobbtorg ${suffix}` } })).body.id as string;
    const elsewhere = (await api("POST", "/api/methods", { token: curator, body: { id: `jobbmesse-${suffix}`, name: `Jobbmesse ${suffix}` } })).body
      .id as string;
    const trials = [
      await publishedPilot(OFFICE, endedContent({ title: "Jobbcafé A" }), from),
      await publishedPilot(OTHER, endedContent({ title: "Jobbcafé B" }), from),
      await publishedPilot(OFFICE, endedContent({ title: "Jobbcafé C" }), from),
    ];
    const { db, tableName } = figuresTable();
    const pilots = new PilotRepository(db, tableName);
    const catalog = new CatalogRepository(db, tableName);
    let commits = 0;
    const interrupted = {
      require: (id: string) => pilots.require(id),
      getRevision: (id: string, version: number) => pilots.getRevision(id, version),
      getReconsideration: (id: string, at: string) => pilots.getReconsideration(id, at),
      commit: async (change: Parameters<PilotRepository["commit"]>[0]) => {
        if (++commits === 2) throw new Error("Forbindelsen ble brutt");
        await pilots.commit(change);
      },
    };
    const actor = { sub: "kurator", name: "Kari Kurator", role: "kurator" as const };
    await expect(
      mergeMethods(
        { catalog, trials: pilots, merges: new MergeRepository(db, tableName), workflow: { pilots: interrupted, methods: catalog } },
        { fromId: from, intoId: into, expectedVersion: 1, actor },
      ),
    ).rejects.toThrow("Forbindelsen ble brutt");
    const halfway = await Promise.all(trials.map((t) => pilots.require(t.id)));
    expect(halfway.map((p) => p.methodId).sort()).toEqual([from, from, into].sort());

    // Act: turning the stopped merge elsewhere is refused; asking for the same merge again continues it
    const turned = await api("POST", `/api/methods/${from}/merge`, { token: curator, body: { into: elsewhere }, headers: { "if-match": '"1"' } });
    const resumed = await api("POST", `/api/methods/${from}/merge`, { token: curator, body: { into }, headers: { "if-match": '"1"' } });

    // Assess
    expect(turned.status).toBe(409);
    expect(turned.body.detail).toContain(into);
    expect(resumed.status, resumed.text).toBe(200);
    expect(resumed.body).toMatchObject({ merged: { id: from, mergedInto: into }, into: { id: into }, movedTrials: 2 });
    for (const trial of trials) {
      const history = await api("GET", `/api/pilots/${trial.id}/revisions`, { token: curator });
      expect(history.body.items.filter((r: { action: string }) => r.action === "move_method")).toHaveLength(1);
      expect((await pilots.require(trial.id)).methodId).toBe(into);
    }
    const again = await api("POST", `/api/methods/${from}/merge`, {
      token: curator,
      body: { into },
      headers: { "if-match": `"${resumed.body.merged.version}"` },
    });
    expect(again.status).toBe(409);
    await caughtUp(
      () => api("GET", "/api/public/methods"),
      (res) => expect(res.body.items.find((m: { id: string }) => m.id === into)?.aggregates).toMatchObject({ trials: 3, offices: 2 }),
    );
    db.destroy();
  });

  it("lets curators create and edit offices with optimistic locking", async () => {
    const curator = await tokenFor("kurator");
    const id = `nav-test-${Date.now().toString(36)}`;
    const created = await api("POST", "/api/offices", { token: curator, body: { id, name: "NAV Testby", county: "nordland" } });
    expect(created.status).toBe(201);
    const edited = await api("PUT", `/api/offices/${id}`, {
      token: curator,
      body: { name: "NAV Testby og omegn", county: "nordland" },
      headers: { "if-match": '"1"' },
    });
    expect(edited.body).toMatchObject({ name: "NAV Testby og omegn", version: 2 });
    const stale = await api("PUT", `/api/offices/${id}`, { token: curator, body: { name: "Gammel", county: "nordland" }, headers: { "if-match": '"1"' } });
    expect(stale.status).toBe(412);
    const duplicate = await api("POST", "/api/offices", { token: curator, body: { id, name: "NAV Testby", county: "nordland" } });
    expect(duplicate.status).toBe(409);
  });
});

describe("results follow-up", () => {
  it("lists exactly the trials whose results are overdue, for curators across offices and for an office its own", async () => {
    const curator = await tokenFor("kurator");
    const officeId = `nav-frist-${Date.now().toString(36)}`;
    await api("POST", "/api/offices", { token: curator, body: { id: officeId, name: "NAV Fristby", county: "troms" } });
    const office = await tokenFor("kontor", officeId);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const make = async (title: string, extra: object) => (await api("POST", "/api/pilots", { token: office, body: { title, ...extra } })).body.id as string;

    const endedNoResults = await make("Avsluttet uten resultater", { trialStatus: "avsluttet", period: { start: day(-300), end: day(-10) } });
    const longPast = await make("Sluttdato for 100 dager siden", { trialStatus: "pagar", period: { start: day(-400), end: day(-100) } });
    await make("Sluttdato for 30 dager siden", { trialStatus: "pagar", period: { start: day(-400), end: day(-30) } });
    await make("Pågår uten sluttdato", { trialStatus: "pagar", period: { start: day(-30) } });
    await make("Avsluttet med resultater", { trialStatus: "avsluttet", period: { start: day(-300), end: day(-200) }, results: { outcome: "virket" } });

    const own = await api("GET", "/api/results-due", { token: office });
    const all = await api("GET", "/api/results-due", { token: curator });
    const other = await api("GET", "/api/results-due", { token: await tokenFor("kontor", OTHER) });

    expect(own.body.items.map((i: { id: string }) => i.id).sort()).toEqual([endedNoResults, longPast].sort());
    expect(
      all.body.items
        .filter((i: { officeId: string }) => i.officeId === officeId)
        .map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([endedNoResults, longPast].sort());
    expect(other.body.items.every((i: { officeId: string }) => i.officeId === OTHER)).toBe(true);
  });
});

describe("the public export", () => {
  it("never shows an internal field or a count below 5", async () => {
    await publishedPilot(
      OFFICE,
      endedContent({
        title: "Liten gruppe",
        participants: { count: 3 },
        results: { ...endedContent().results!, measures: [{ name: "Andel i jobb", unit: "prosent", value: 50, n: 4 }] },
      }),
    );
    const exported = await wholeExport();
    expect(exported.length).toBeGreaterThan(20);

    const forbidden = new Set([
      "reviewComment",
      "createdBy",
      "updatedBy",
      "version",
      "state",
      "hasPendingChanges",
      "publishedVersion",
      "content",
      "stateChangedAt",
    ]);
    const leaks: string[] = [];
    const small: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`));
      else if (value && typeof value === "object") {
        for (const [k, v] of Object.entries(value)) {
          if (forbidden.has(k)) leaks.push(`${path}/${k}`);
          if ((k === "n" || k === "count") && typeof v === "number" && v > 0 && v < 5) small.push(`${path}/${k}=${v}`);
          walk(v, `${path}/${k}`);
        }
      }
    };
    walk(exported, "");
    expect(leaks).toEqual([]);
    expect(small).toEqual([]);
    const tiny = exported.find((p) => p.title === "Liten gruppe");
    expect(tiny.participants.count).toBe("færre enn 5");
    expect(tiny.results.measures[0].n).toBe("færre enn 5");
  });

  it("serves offices, methods and the rubric without a token, and refuses a bad cursor or time", async () => {
    const [offices, methods, rubric, badCursor, badTime] = await Promise.all([
      api("GET", "/api/public/offices"),
      api("GET", "/api/public/methods"),
      api("GET", "/api/public/rubric"),
      api("GET", "/api/public/pilots?cursor=not-a-cursor"),
      api("GET", "/api/public/pilots?updatedSince=i-går"),
    ]);
    expect(offices.body.items.length).toBeGreaterThanOrEqual(40);
    expect(methods.body.items.find((m: { id: string }) => m.id === "ips").aggregates.trials).toBeGreaterThanOrEqual(4);
    expect(rubric.body.levels.map((l: { strength: number }) => l.strength)).toEqual([1, 2, 3, 4]);
    expect(rubric.body.recommendation.criteria.map((c: { code: string }) => c.code)).toEqual(["effekt", "flere-kontorer", "ingen-skade", "oppskrift"]);
    expect(badCursor.status).toBe(400);
    expect(badTime.status).toBe(422);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { freePort } from "../../infra/local/dynamodb-local.ts";
import { createLocalNotifier } from "../../infra/local/local-notifier.ts";
import { startMailCatcher, type MailCatcher } from "../../infra/local/mail-catcher.ts";
import { PilotSchema } from "../../shared/domain/pilot.ts";
import { reviewNoticesFor } from "../../shared/adapters/stream/review-notices.ts";
import { api, tokenFor } from "../support/api.ts";
import { endedContent, submittedPilot } from "../support/lifecycle.ts";
import { inbox, testTable } from "../support/notices.ts";

const OFFICE = "nav-tromso";
let catcher: MailCatcher;

beforeAll(async () => {
  catcher = await startMailCatcher({ smtpPort: await freePort(), webPort: await freePort() });
});
afterAll(async () => {
  await catcher.stop();
});

/** A curator asks for changes; returns the stream record's two images as the table holds them. */
async function changesRequested(comment: string) {
  const { id, version } = await submittedPilot(
    OFFICE,
    endedContent({ title: `Sendt én gang ${comment}`, contact: { name: "Kari Kontakt", email: "kari.kontakt@nav.example" } }),
  );
  const before = await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kurator") });
  const after = await api("POST", `/api/pilots/${id}/request-changes`, {
    token: await tokenFor("kurator"),
    headers: { "if-match": `"${version}"` },
    body: { comment },
  });
  expect(after.status, after.text).toBe(200);
  return {
    id,
    change: { oldImage: { ...keys.pilot(id), data: PilotSchema.parse(before.body) }, newImage: { ...keys.pilot(id), data: PilotSchema.parse(after.body) } },
  };
}

describe("every notice is sent once", () => {
  it("sends a retried batch only once per recipient", async () => {
    // Prepare
    const { db, tableName } = testTable();
    const local = createLocalNotifier({ db, tableName, smtpPort: catcher.smtpPort, siteUrl: "http://localhost:4321" });
    const { id, change } = await changesRequested("Legg ved rapporten");
    const planned = reviewNoticesFor(change);
    // Act: the same batch three times, as a retried stream batch would arrive
    const first = await local.notifier.deliver(planned);
    const second = await local.notifier.deliver(planned);
    const third = await local.notifier.deliver(planned);
    local.close();
    // Assess
    expect(first.sent.map((s) => s.to).sort()).toEqual(["kari.kontakt@nav.example", `kontor-${OFFICE}@nav.example`]);
    expect([second.sent.length, third.sent.length, second.duplicates]).toEqual([0, 0, 2]);
    const mails = (await inbox(catcher.webUrl)).filter((m) => m.text.includes(`/registrer/?id=${id}`));
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toContain("> Legg ved rapporten");
  });

  it("gives the claim back when sending fails, so that the retry sends it", async () => {
    // Prepare: an SMTP port nobody listens on, then the real catcher
    const { db, tableName, notices } = testTable();
    const broken = createLocalNotifier({ db, tableName, smtpPort: await freePort(), siteUrl: "http://localhost:4321" });
    const { id, change } = await changesRequested("Beskriv kostnaden");
    const planned = reviewNoticesFor(change);
    // Act
    const failed = await broken.notifier.deliver(planned);
    broken.close();
    const working = createLocalNotifier({ db, tableName, smtpPort: catcher.smtpPort, siteUrl: "http://localhost:4321" });
    const retried = await working.notifier.deliver(planned);
    working.close();
    // Assess
    expect(failed.sent).toHaveLength(0);
    expect(failed.failed).toHaveLength(2);
    expect(retried.sent).toHaveLength(2);
    const sent = await notices.sentForOffice(OFFICE, 50);
    expect(sent.items.filter((n) => n.pilotId === id).map((n) => n.status)).toEqual(["sent", "sent"]);
  });

  it("sends no optional notice to an address that turned them off", async () => {
    // Prepare
    const { db, tableName, notices } = testTable();
    await notices.savePreferences(
      "kari.kontakt@nav.example",
      { reviewNotices: false, curatorDelivery: "email", follows: [] },
      (await notices.preferences("kari.kontakt@nav.example")).version,
      new Date().toISOString(),
    );
    const local = createLocalNotifier({ db, tableName, smtpPort: catcher.smtpPort, siteUrl: "http://localhost:4321" });
    const { change } = await changesRequested("Oppgi antall deltakere");
    // Act
    const report = await local.notifier.deliver(reviewNoticesFor(change));
    local.close();
    // Assess
    expect(report.sent.map((s) => s.to)).toEqual([`kontor-${OFFICE}@nav.example`]);
    expect(report.skipped).toBe(1);
  });

  it("gathers a curator's notices into one daily digest, sent once a day", async () => {
    // Prepare: a curator who wants one e-mail a morning
    const { db, tableName, notices } = testTable();
    const curator = "kurator-2@nav.example";
    await notices.savePreferences(
      curator,
      { reviewNotices: true, curatorDelivery: "daily", follows: [] },
      (await notices.preferences(curator)).version,
      new Date().toISOString(),
    );
    const local = createLocalNotifier({ db, tableName, smtpPort: catcher.smtpPort, siteUrl: "http://localhost:4321" });
    const titles = ["Samlet varsel én", "Samlet varsel to"];
    for (const title of titles) {
      const { id, version } = await submittedPilot(OFFICE, endedContent({ title }));
      const pilot = await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kurator") });
      const draft = { ...PilotSchema.parse(pilot.body), state: "draft" as const, version: version - 1 };
      // Act: the submission reaches the notifier as the stream would give it
      const report = await local.notifier.deliver(
        reviewNoticesFor({ oldImage: { ...keys.pilot(id), data: draft }, newImage: { ...keys.pilot(id), data: PilotSchema.parse(pilot.body) } }),
      );
      expect(report.sent.map((s) => s.to)).toEqual(["kurator@nav.example"]);
      expect(report.queuedForDigest).toBe(1);
    }
    const first = await local.notifier.sendDigests("daily", "2026-12-02");
    const again = await local.notifier.sendDigests("daily", "2026-12-02");
    local.close();
    // Assess
    expect(first.sent.map((s) => s.to)).toEqual([curator]);
    expect(again.sent).toEqual([]);
    const digest = (await inbox(catcher.webUrl)).find((m) => m.to.some((t) => t.address === curator) && m.subject.startsWith("Utprøvingsbanken i dag"));
    for (const title of titles) expect(digest?.text).toContain(title);
    expect(await notices.pendingDigests("daily")).toEqual([]);
  });

  it("sends a follower who chose the weekly digest one summary of the newly published trials they follow", async () => {
    // Prepare
    const { db, tableName, notices } = testTable();
    const follower = "ukentlig.folger@nav.example";
    await notices.savePreferences(
      follower,
      { reviewNotices: true, curatorDelivery: "email", follows: [{ kind: "target-group", id: "sykmeldte", delivery: "weekly" }] },
      0,
      new Date().toISOString(),
    );
    const local = createLocalNotifier({ db, tableName, smtpPort: catcher.smtpPort, siteUrl: "http://localhost:4321" });
    const title = "Ukentlig oppsummert utprøving for sykmeldte";
    const { id, version } = await submittedPilot(OFFICE, endedContent({ title, targetGroups: ["sykmeldte"] }));
    const before = await api("GET", `/api/pilots/${id}`, { token: await tokenFor("kurator") });
    const after = await api("POST", `/api/pilots/${id}/publish`, {
      token: await tokenFor("kurator"),
      headers: { "if-match": `"${version}"` },
      body: { evidence: { strength: 2, direction: "positiv" }, methodId: "ips" },
    });
    expect(after.status, after.text).toBe(200);
    // Act
    const published = await local.notifier.deliver(
      reviewNoticesFor({
        oldImage: { ...keys.pilot(id), data: PilotSchema.parse(before.body) },
        newImage: { ...keys.pilot(id), data: PilotSchema.parse(after.body) },
      }),
    );
    const weekly = await local.notifier.sendDigests("weekly", "2026-12-07");
    local.close();
    // Assess: nothing to the follower at once, one summary naming the trial
    expect(published.sent.map((s) => s.to)).not.toContain(follower);
    expect(published.queuedForDigest).toBeGreaterThanOrEqual(1);
    expect(weekly.sent.map((s) => s.to)).toEqual([follower]);
    const digest = (await inbox(catcher.webUrl)).find((m) => m.to.some((t) => t.address === follower));
    expect(digest?.subject).toMatch(/denne uken: 1 ny utprøving du følger/);
    expect(digest?.text).toContain(title);
  });
});

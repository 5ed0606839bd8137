import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hub } from "../../infra/local/hub.ts";
import { curatorUsers, officeUser } from "../../infra/local/oidc/users.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";
import type { PilotContentInput } from "../../shared/domain/pilot.ts";
import { launchChromium, logIn, sharedHub, shot } from "./harness.ts";

/**
 * Two curators on the same trial in two browsers against the whole local hub: one answers a request for
 * reconsideration from the queue after the other has published a change to the trial. The answer is refused
 * (412), the first curator is told so in Norwegian, and nothing is written.
 * `npm run screenshots` writes screenshots of the message at 1280 and 390 px to `test-results/screenshots/` (git-ignored).
 */
const OFFICE = "nav-lier";
const CHANGED = "Utprøvingen er endret av noen andre siden du åpnet den. Last siden på nytt for å se endringene.";
const [FIRST, SECOND] = curatorUsers();

let hub: Hub;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  hub = (await sharedHub()).hub;
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

async function call(method: string, path: string, token: string, body?: unknown, ifMatch?: number): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { accept: "application/json", authorization: `Bearer ${token}` };
  if (body !== undefined) headers["content-type"] = "application/json";
  if (ifMatch !== undefined) headers["if-match"] = `"${ifMatch}"`;
  const res = await fetch(`${hub.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

function content(title: string): PilotContentInput {
  return completeContent({
    title,
    trialStatus: "avsluttet",
    period: { start: "2024-01-10", end: "2024-12-20" },
    participants: { count: 24 },
    results: failedResults(),
    lessons: { whatDidNot: "Vi rekrutterte for sent.", doDifferently: "Start rekrutteringen før oppstart." },
  });
}

/** A published trial whose office asks for a reconsideration and then sends a change in for review. */
async function trialWithOpenRequestAndPendingChange(title: string): Promise<string> {
  const office = await hub.issuer.signToken(officeUser({ id: OFFICE }));
  const curator = await hub.issuer.signToken(SECOND!);
  const created = await call("POST", "/api/pilots", office, content(title));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const id: string = created.body.id;
  const submitted = await call("POST", `/api/pilots/${id}/submit`, office, undefined, created.body.version);
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  const published = await call(
    "POST",
    `/api/pilots/${id}/publish`,
    curator,
    { evidence: { strength: 2, direction: "ingen" }, methodId: "ips" },
    submitted.body.version,
  );
  expect(published.status, JSON.stringify(published.body)).toBe(200);
  const asked = await call(
    "POST",
    `/api/pilots/${id}/reconsideration`,
    office,
    { comment: "Vi har fått en ny rapport med sammenligningsgruppe." },
    published.body.version,
  );
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  const edited = await call("PUT", `/api/pilots/${id}`, office, content(`${title} (endret)`), asked.body.version);
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);
  const resubmitted = await call("POST", `/api/pilots/${id}/submit`, office, undefined, edited.body.version);
  expect(resubmitted.status, JSON.stringify(resubmitted.body)).toBe(200);
  return id;
}

/** A fresh browser (own storage and login) whose page errors fail the test. */
async function newPage(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // The refused answer (412) is the point; the browser logs every non-2xx fetch.
    if (message.type() === "error" && !/status of 412/.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  return { page, problems };
}

/** Logs in on the local issuer's page and comes back to `path`. */
const loginAt = (page: Page, path: string, sub: string) => logIn(page, hub.url, path, sub);

/** The answer form under one request in the queue's list of requests for reconsideration. */
function answerForm(page: Page, title: string) {
  const requests = page.getByRole("region", { name: "Forespørsler om ny vurdering" });
  return requests.getByRole("heading", { level: 3, name: title, exact: true }).locator("xpath=..").locator(".utp-box");
}

describe("two curators on the same trial", () => {
  it("tells the curator whose answer comes second, in Norwegian, that the trial changed, and writes nothing", async () => {
    const title = "Jobbklubb med arbeidsgivere";
    const id = await trialWithOpenRequestAndPendingChange(title);

    // Kari opens the queue and starts answering the request.
    const first = await newPage();
    await loginAt(first.page, "/kurator/", FIRST!.sub);
    const form = answerForm(first.page, `${title} (endret)`);
    await form.waitFor();
    // Sending before choosing: each field says what is missing, and nothing is sent.
    await form.getByRole("button", { name: "Send svaret" }).click();
    await form.getByText("Velg om vurderingen står eller endres").waitFor();
    expect(await form.getByLabel("Begrunnelse til kontoret").getAttribute("aria-invalid")).toBe("true");
    await form.getByRole("radio", { name: "Vurderingen endres" }).check();
    await form.getByRole("button", { name: "Send svaret" }).click();
    const level = form.getByRole("radiogroup", { name: "Ny vurdering: nivå" });
    await level.getByText("Velg et nivå fra 1 til 4").waitFor();
    expect(await form.getByLabel("Retning på resultatet").getAttribute("aria-invalid")).toBe("true");
    expect(await form.getByText("Velg retning på resultatet").count()).toBe(1);
    expect(await form.getByText("Velg om vurderingen står eller endres").count()).toBe(0);
    for (const width of [1280, 390]) {
      await first.page.setViewportSize({ width, height: 900 });
      await level.scrollIntoViewIfNeeded();
      expect(await first.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await shot(first.page, `kurator-svar-mangler-${width}`, { fullPage: false });
    }
    await first.page.setViewportSize({ width: 1280, height: 900 });
    await form.getByRole("radio", { name: "Vurderingen står" }).check();
    await form.getByLabel("Begrunnelse til kontoret").fill("Rapporten endrer ikke designet; vurderingen står.");

    // Meanwhile Kåre publishes the office's change from the review page.
    const second = await newPage();
    await loginAt(second.page, `/kurator/vurder/?id=${id}`, SECOND!.sub);
    await second.page.getByRole("heading", { level: 1, name: `${title} (endret)` }).waitFor();
    await second.page.locator("#f-publish-evidence-strength--3").check();
    await second.page.getByLabel("Retning på resultatet").selectOption("ingen");
    await second.page.getByLabel("Metode", { exact: true }).selectOption("ips");
    await second.page.getByRole("button", { name: "Publiser utprøvingen" }).click();
    await second.page.getByText("Utprøvingen er publisert").waitFor();
    const curator = await hub.issuer.signToken(SECOND!);
    const before = await call("GET", `/api/pilots/${id}/revisions`, curator);

    // Kari sends her answer on top of the version she saw: refused, and she is told why.
    await form.getByRole("button", { name: "Send svaret" }).click();
    const alert = form.getByRole("alert");
    await alert.filter({ hasText: CHANGED }).waitFor();
    expect(await alert.innerText()).toContain("Svaret ditt er ikke sendt.");
    expect(await form.getByRole("button", { name: "Send svaret" }).count()).toBe(0);
    expect(await form.getByLabel("Begrunnelse til kontoret").inputValue()).toBe("Rapporten endrer ikke designet; vurderingen står.");
    expect(await first.page.getByText("Svaret er sendt til kontoret.").count()).toBe(0);

    for (const width of [1280, 390]) {
      await first.page.setViewportSize({ width, height: 900 });
      await alert.scrollIntoViewIfNeeded();
      await shot(first.page, `kurator-konflikt-${width}`, { fullPage: false });
    }

    // Nothing was written: the request is still open and the newest revision is Kåre's publication.
    const after = await call("GET", `/api/pilots/${id}/revisions`, curator);
    expect(after.body.items[0]).toEqual(before.body.items[0]);
    expect(after.body.items[0]).toMatchObject({ action: "publish", by: { sub: SECOND!.sub } });
    const queue = await call("GET", "/api/review-queue", curator);
    expect(queue.body.reconsiderations.find((r: { pilotId: string }) => r.pilotId === id)).toMatchObject({ status: "open" });

    // After loading the page again, the answer goes through on top of the newest version.
    await alert.getByRole("button", { name: "Last siden på nytt" }).click();
    const fresh = answerForm(first.page, `${title} (endret)`);
    await fresh.getByRole("radio", { name: "Vurderingen står" }).check();
    await fresh.getByLabel("Begrunnelse til kontoret").fill("Rapporten endrer ikke designet; vurderingen står.");
    await fresh.getByRole("button", { name: "Send svaret" }).click();
    await first.page.getByText("Svaret er sendt til kontoret.").waitFor();
    expect((await call("GET", `/api/pilots/${id}/revisions`, curator)).body.items[0]).toMatchObject({
      action: "answer_reconsideration",
      by: { sub: FIRST!.sub },
    });

    expect([...first.problems, ...second.problems]).toEqual([]);
  });
});

import { XMLParser } from "fast-xml-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hub } from "../../infra/local/hub.ts";
import { curatorUsers, officeUser } from "../../infra/local/oidc/users.ts";
import { SAMPLE_PILOTS } from "../../infra/local/sample-data/index.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";
import type { PilotContentInput } from "../../shared/domain/pilot.ts";
import { inbox, waitForMail, type CaughtMail } from "../support/notices.ts";
import { SCREENSHOTS, launchChromium, logIn, seriousAxeViolations, sharedHub, shot } from "./harness.ts";

/**
 * The notices end to end: the whole local hub with its mail catcher (maildev), the review actions through the
 * API, the e-mails read through maildev's REST API, and the links in them opened in Chromium.
 */
let hub: Hub;
let browser: Browser;
let mailWeb = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  hub = (await sharedHub()).hub;
  mailWeb = hub.mail?.webUrl ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

const officeToken = (office: string) => hub.issuer.signToken(officeUser({ id: office }));
const curatorToken = () => hub.issuer.signToken(curatorUsers()[0]!);

async function call(method: string, path: string, token: string | undefined, body?: unknown, ifMatch?: number): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers["content-type"] = "application/json";
  if (ifMatch !== undefined) headers["if-match"] = `"${ifMatch}"`;
  const res = await fetch(`${hub.url}${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

/** An office registers and submits a complete trial; returns its id and version. */
async function submitted(office: string, content: PilotContentInput): Promise<{ id: string; version: number; slug: string }> {
  const token = await officeToken(office);
  const created = await call("POST", "/api/pilots", token, content);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const sent = await call("POST", `/api/pilots/${created.body.id}/submit`, token, undefined, created.body.version);
  expect(sent.status, JSON.stringify(sent.body)).toBe(200);
  return { id: sent.body.id, version: sent.body.version, slug: sent.body.slug };
}

async function publish(id: string, version: number, methodId: string): Promise<void> {
  const res = await call("POST", `/api/pilots/${id}/publish`, await curatorToken(), { evidence: { strength: 3, direction: "positiv" }, methodId }, version);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

/** The e-mails of one kind ("Publisert", "Endringer trengs …") about one trial. */
const mailsAbout = async (title: string, kind = "") => (await inbox(mailWeb)).filter((m) => m.subject.includes(title) && m.subject.startsWith(kind));
const to = (mail: CaughtMail) => mail.to.map((t) => t.address).join(",");

async function newPage(options: { forAxe?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", bypassCSP: options.forAxe ?? false });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return { page, problems };
}

/** Logs in on the local issuer's page and comes back to `path`. */
const loginAt = (page: Page, path: string, sub: string) => logIn(page, hub.url, path, sub, { header: false });

const axe = seriousAxeViolations;

async function screenshots(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await shot(page, `${name}-${width}`);
  }
}

const CONTACT = { name: "Kari Kontakt", email: "kari.kontakt@nav.example" };
let changesMail: CaughtMail | undefined;

describe("review notices", () => {
  it("tells the trial's contact when a curator asks for changes, with the comment and a link to the form at that trial", async () => {
    // Prepare
    const title = "Jobbmatch for unge i Molde";
    const { id, version } = await submitted("nav-molde", completeContent({ title, contact: CONTACT }));
    // Act
    const answered = Date.now();
    const res = await call(
      "POST",
      `/api/pilots/${id}/request-changes`,
      await curatorToken(),
      { comment: "Beskriv hvordan dere rekrutterer deltakerne." },
      version,
    );
    expect(res.status).toBe(200);
    const mail = await waitForMail(mailWeb, (m) => m.subject.includes(title) && to(m) === CONTACT.email);
    console.info(`Fra svar på «be om endringer» til e-post i innboksen: ${Date.now() - answered} ms`);
    // Assess: the comment and one link, to the form at this trial
    expect(mail.subject).toBe(`Endringer trengs før publisering: ${title}`);
    expect(mail.text).toContain("> Beskriv hvordan dere rekrutterer deltakerne.");
    const link = new URL(/Åpne utprøvingen i skjemaet: (\S+)/.exec(mail.text)?.[1] ?? "");
    expect(`${link.pathname}${link.search}`).toBe(`/registrer/?id=${id}`);
    expect(mail.html).toContain(`href="${link.href}"`);
    // The author (the office user who registered it) gets it too, once.
    await expect.poll(async () => (await mailsAbout(title, "Endringer")).map(to).sort()).toEqual([CONTACT.email, "kontor-nav-molde@nav.example"].sort());
    // The curators were told of the submission before.
    expect((await mailsAbout(title, "Ny utprøving til vurdering")).map(to).sort()).toEqual(["kurator-2@nav.example", "kurator@nav.example"]);
    changesMail = mail;

    // The link opens the form at the right trial.
    const { page, problems } = await newPage();
    await loginAt(page, `${link.pathname}${link.search}`, "kontor-nav-molde");
    await expect.poll(() => page.getByLabel("Tittel").inputValue(), { timeout: 15_000 }).toBe(title);
    expect(problems).toEqual([]);
  });

  it("tells the contact and the author when a trial is published, with the rating and the public page", async () => {
    const title = "Arbeidstrening i kafé i Bodø";
    const { id, version, slug } = await submitted("nav-bodo", completeContent({ title, contact: { name: "Per Kontakt", email: "per.kontakt@nav.example" } }));
    await publish(id, version, "arbeidstrening-sosial-entreprenor");
    const mail = await waitForMail(mailWeb, (m) => m.subject === `Publisert: ${title}` && to(m) === "per.kontakt@nav.example");
    expect(mail.text).toContain("Kunnskapsgrunnlag: nivå 3");
    expect(mail.text).toContain(`/utproving/${slug}/`);
    await expect.poll(async () => (await mailsAbout(title, "Publisert")).length).toBe(2);
  });

  it("stops the optional notices when the unsubscribe link is used, without login", async () => {
    // Prepare
    expect(changesMail).toBeDefined();
    const link = /Meld deg av: (\S+)/.exec(changesMail?.text ?? "")?.[1] ?? "";
    expect(new URL(link).pathname).toBe("/varsler/avmeld/");
    // Act
    const { page, problems } = await newPage({ forAxe: true });
    await page.goto(link);
    await page.getByRole("button", { name: "Meld meg av" }).click();
    await page.getByText("Du er meldt av.").waitFor();
    // Assess: the page is accessible, and the next review notice goes to the author only
    expect(await axe(page)).toEqual([]);
    await screenshots(page, "avmeld");
    expect(problems).toEqual([]);
    const title = "Ettermiddagsjobbklubb i Molde";
    const { id, version } = await submitted("nav-molde", completeContent({ title, contact: CONTACT }));
    await call("POST", `/api/pilots/${id}/request-changes`, await curatorToken(), { comment: "Legg til kostnaden." }, version);
    await waitForMail(mailWeb, (m) => m.subject.includes(title) && to(m) === "kontor-nav-molde@nav.example");
    // Every notice of the changes made so far has been handled: a second e-mail would be here by now.
    await hub.streamCaughtUp();
    expect((await mailsAbout(title, "Endringer")).map(to)).toEqual(["kontor-nav-molde@nav.example"]);
  });
});

describe("results reminders", () => {
  const sample = SAMPLE_PILOTS.find((p) => p.key === "rask-utplassering-lillestrom");
  const end = sample?.content.period?.end ?? "";
  const title = sample?.content.title ?? "";
  const plusDays = (days: number) => new Date(Date.parse(`${end}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  it("sends exactly one reminder per recipient 31 days after a sample trial's end, and none on a rerun", async () => {
    expect(sample?.content.results).toBeUndefined();
    // Act
    const first = await hub.mail!.runReminders(plusDays(31));
    const second = await hub.mail!.runReminders(plusDays(31));
    // Assess
    const mine = first.reminders.sent.filter((s) => s.subject.includes(title));
    expect(mine.map((s) => s.to).sort()).toEqual([sample?.content.contact?.email, "kontor-nav-lillestrom@nav.example"].sort());
    expect(mine.every((s) => s.kind === "results_due")).toBe(true);
    expect(second.reminders.sent).toEqual([]);
    const mails = await mailsAbout(title);
    expect(mails).toHaveLength(2);
    expect(mails[0]?.text).toMatch(/Legg inn resultatene: \S+\/registrer\/\?id=\w+&steg=resultater/);
  });

  it("sends no further reminder once the office has reported results", async () => {
    // Prepare: the office reports results
    const token = await officeToken("nav-lillestrom");
    const list = await call("GET", "/api/pilots?office=nav-lillestrom", token);
    const trial = list.body.items.find((p: { content: { title: string } }) => p.content.title === title);
    const saved = await call("PUT", `/api/pilots/${trial.id}`, token, { ...trial.content, trialStatus: "avsluttet", results: failedResults() }, trial.version);
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    // Act: the run at 90 days, which would have told the office and the curators
    const report = await hub.mail!.runReminders(plusDays(91));
    // Assess
    expect(report.reminders.sent.filter((s) => s.subject.includes(title))).toEqual([]);
    expect(await mailsAbout(title)).toHaveLength(2);
  });
});

describe("following a method", () => {
  it("sends the follower one e-mail when a trial of the method is published, and the method's feed lists it", async () => {
    // Prepare: an office user follows IPS from Mine utprøvinger
    const { page, problems } = await newPage({ forAxe: true });
    await loginAt(page, "/mine/", "kontor-nav-alta");
    await page.getByRole("heading", { name: "Varsler på e-post" }).waitFor({ timeout: 15_000 });
    // «Følg» with nothing chosen: the message at the method's list, which clears once a method is chosen.
    const method = page.getByLabel("Metode", { exact: true });
    await page.getByRole("button", { name: "Følg", exact: true }).click();
    await page.getByText("Velg en metode å følge.").waitFor();
    expect(await method.getAttribute("aria-invalid")).toBe("true");
    expect(
      await method.evaluate((el) =>
        el
          .getAttribute("aria-describedby")
          ?.split(" ")
          .some((id) => document.getElementById(id)?.textContent?.includes("Velg en metode å følge.")),
      ),
    ).toBe(true);
    // The message under the list moves nothing on its line: the three lists and «Følg» stay level.
    const tops = await Promise.all(
      [page.getByLabel("Følg", { exact: true }), method, page.getByLabel("Hvor ofte"), page.getByRole("button", { name: "Følg", exact: true })].map(
        async (control) => (await control.boundingBox())?.y,
      ),
    );
    expect(
      tops.every((top) => top !== undefined && Math.abs(top - (tops[0] ?? 0)) <= 1),
      JSON.stringify(tops),
    ).toBe(true);
    await screenshots(page, "mine-varsler-feil");
    await page.setViewportSize({ width: 1280, height: 900 });
    await method.selectOption({ label: "Individuell jobbstøtte (IPS)" });
    await expect.poll(() => page.getByText("Velg en metode å følge.").count()).toBe(0);
    await page.getByRole("button", { name: "Følg", exact: true }).click();
    await page.getByText("Varselinnstillingene er lagret.").waitFor();
    await page.getByText(/Metode: Individuell jobbstøtte \(IPS\)/).waitFor();
    expect(await axe(page)).toEqual([]);
    await screenshots(page, "mine-varsler");
    expect(problems).toEqual([]);
    // Act: a trial of IPS is published
    const title = "IPS med NAV-veileder på legekontoret i Tromsø";
    const { id, version } = await submitted("nav-tromso", completeContent({ title, methodId: "ips" }));
    await publish(id, version, "ips");
    // Assess: one e-mail to the follower
    const mail = await waitForMail(mailWeb, (m) => m.subject === `Ny utprøving du følger: ${title}`);
    expect(to(mail)).toBe("kontor-nav-alta@nav.example");
    // Every notice of the changes made so far has been handled: a second e-mail would be here by now.
    await hub.streamCaughtUp();
    expect((await mailsAbout(title)).filter((m) => m.subject.startsWith("Ny utprøving du følger"))).toHaveLength(1);

    // The method's feed lists it first, once the site has been rebuilt.
    const slug = (await call("GET", "/api/public/methods", undefined)).body.items.find((m: { id: string }) => m.id === "ips").slug as string;
    const parser = new XMLParser({ ignoreAttributes: false });
    await expect
      .poll(
        async () => {
          const res = await fetch(`${hub.url}/metode/${slug}/feed.xml`);
          if (!res.ok) return undefined;
          const feed = parser.parse(await res.text()) as { feed: { entry: { title: { "#text": string } }[] | { title: { "#text": string } } } };
          const entries = Array.isArray(feed.feed.entry) ? feed.feed.entry : [feed.feed.entry];
          return entries[0]?.title["#text"];
        },
        { timeout: 120_000, interval: 1000 },
      )
      .toBe(title);
    const methodPage = await (await fetch(`${hub.url}/metode/${slug}/`)).text();
    expect(methodPage).toContain(`href="/metode/${slug}/feed.xml"`);
  });

  it("lists what was sent about the office's trials on Mine utprøvinger", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/mine/", "kontor-nav-molde");
    await page.getByRole("heading", { name: "Sendte varsler om kontorets utprøvinger" }).waitFor({ timeout: 15_000 });
    const table = page.getByRole("table");
    await expect.poll(() => table.getByRole("row").count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => table.textContent()).toContain("Endringer etterspurt");
    await screenshots(page, "mine-sendt");
    // The first visit saved the settings without a conflict.
    expect(
      await page
        .locator("#utp-notices")
        .getByText(/Noen andre har lagret|Kunne ikke|endret et annet sted/)
        .count(),
    ).toBe(0);
    expect(problems).toEqual([]);
  });
});

describe("feeds", () => {
  it("has a page per target group that links its feed, and the feed lists the group's newest trial", async () => {
    const { page, problems } = await newPage({ forAxe: true });
    await page.goto(`${hub.url}/malgruppe/unge-under-30/`);
    await page.getByRole("heading", { level: 1, name: "Unge under 30 år" }).waitFor();
    const href = await page.getByRole("link", { name: "Følg nye utprøvinger for målgruppen (Atom-feed)" }).getAttribute("href");
    expect(href).toBe("/malgruppe/unge-under-30/feed.xml");
    expect(await page.locator('link[rel="alternate"][href="/malgruppe/unge-under-30/feed.xml"]').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await screenshots(page, "malgruppe");
    expect(problems).toEqual([]);
    const feed = await (await fetch(`${hub.url}${href}`)).text();
    const newest = (await call("GET", "/api/public/pilots?limit=200", undefined)).body.items
      .filter((p: { targetGroups: string[] }) => p.targetGroups.includes("unge-under-30"))
      .sort((a: { firstPublishedAt: string }, b: { firstPublishedAt: string }) => b.firstPublishedAt.localeCompare(a.firstPublishedAt))[0];
    expect(/<entry>\s*<id>[^<]*<\/id>\s*<title type="text">([^<]*)<\/title>/.exec(feed)?.[1]).toBe(newest.title);
  });
});

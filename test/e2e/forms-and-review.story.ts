import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, type Hub } from "../../infra/local/hub.ts";
import { STEPS } from "../../shared/domain/forms/pilot-form.ts";
import { verdict } from "../../shared/domain/verdict.ts";
import type { PublicPilot } from "../../shared/domain/public-trial/public-pilot.ts";
import { officeUser } from "../../infra/local/oidc/users.ts";
import { launchChromium, logIn, seriousAxeViolations, sharedHub, shot } from "./harness.ts";

/**
 * The forms and curator pages in a real browser against the whole local hub: the API, the local OpenID
 * Connect issuer (its real login page), DynamoDB Local and the site, rebuilt after a publish.
 * `npm run screenshots` writes screenshots of every step at 1280 and 390 px to `test-results/screenshots/` (git-ignored).
 */
const OFFICE = "nav-grunerlokka";
const OFFICE_NAME = "NAV Grünerløkka";
const OFFICE_USER = `kontor-${OFFICE}`;
/** The office user's name and e-mail as the local issuer puts them in the ID token. */
const OFFICE_LOGIN = officeUser({ id: OFFICE });
const CURATOR = "kurator";
/** A valid fødselsnummer (both check digits hold), written as people often do, with a space. */
const IDENTITY_NUMBER = "010190 00008";
const WIDTHS = [1280, 390] as const;
/** What 40 planned participants and 30 % without the trial can detect (power.prop.test(n = 40, p1 = 0.3) gives 30.7 points). */
const DESIGN_SENTENCE =
  "Med 40 deltakere og 30 % uten tiltaket kan utprøvingen bare påvise en forskjell på minst 31 prosentpoeng med en like stor sammenligningsgruppe, eller 21 prosentpoeng mot et kjent nivå uten.";
const ALL_STEPS = [...STEPS.map((s) => s.title), "Se over og send inn"];

let hub: Hub | undefined;
let browser: Browser;
let siteDir: string;
let base = "";
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  if (process.env.UTP_E2E_URL) {
    // Against a hub already running (`npm start`), to try a change quickly: its site is in site/dist.
    base = process.env.UTP_E2E_URL;
    siteDir = join(REPO_ROOT, "site", "dist");
  } else {
    const shared = await sharedHub();
    hub = shared.hub;
    siteDir = shared.siteDir;
    base = shared.hub.url;
  }
  browser = await launchChromium();
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A fresh browser (own storage) whose page errors and CSP violations fail the test. */
async function newPage(options: { forAxe?: boolean; width?: number } = {}): Promise<Watched> {
  // axe-core is injected as a script: only the accessibility test lets the browser bypass the CSP for it.
  const context = await browser.newContext({
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    bypassCSP: options.forAxe ?? false,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // A 409, 412 or 422 answer is part of the story; the browser logs every non-2xx fetch.
    if (message.type() === "error" && !/status of (409|412|422|401)/.test(text)) problems.push(`console: ${text}`);
  });
  return { page, problems };
}

/** Logs in through the local issuer's own login page, starting from an app page. */
/** Logs in on the local issuer's page and comes back to `path`. */
const loginAt = (page: Page, path: string, sub: string) => logIn(page, base, path, sub);

async function savedStatus(page: Page): Promise<void> {
  await page
    .locator("#utp-save-status")
    .filter({ hasText: /Lagret kl\. \d\d[:.]\d\d/ })
    .waitFor({ timeout: 15_000 });
}

const visible = (page: Page) => page.locator("form#utp-form > section:not([hidden])");
const focused = (page: Page) =>
  page.evaluate(() => ({
    id: document.activeElement?.id ?? "",
    text: document.activeElement?.textContent?.trim() ?? "",
    inSummary: Boolean(document.activeElement?.closest("#utp-error-summary")),
  }));

/** "Neste: <title>" on the current step; focus lands on the next step's heading. */
async function nextStep(page: Page, title: string): Promise<void> {
  await visible(page)
    .getByRole("button", { name: `Neste: ${title}` })
    .click();
  await expect.poll(async () => (await focused(page)).text).toContain(title);
}

/** Jumps to a step through Aksel's FormProgress ("Vis alle steg"). */
async function openStep(page: Page, title: string): Promise<void> {
  const progress = page.getByRole("navigation", { name: "Steg i skjemaet" });
  const show = progress.getByRole("button", { name: "Vis alle steg" });
  // The form is its own chunk and may still be loading: wait for its step list before asking whether it is folded.
  await progress.waitFor();
  if (await show.isVisible()) await show.click();
  await progress.getByRole("button", { name: new RegExp(`${title}$`) }).click();
  await expect.poll(async () => (await focused(page)).text).toContain(title);
}

const axe = seriousAxeViolations;

/** The text of what a field's `aria-describedby` names (its description and its error message), as a screen reader reads it. */
async function describedText(field: Locator): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  return field.page().evaluate(
    (list) =>
      list
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" "),
    ids,
  );
}

function pilotIdFrom(page: Page): string {
  const id = new URL(page.url()).searchParams.get("id");
  if (!id) throw new Error(`No pilot id in ${page.url()}`);
  return id;
}

type PublishedTrial = Pick<PublicPilot, "id" | "slug" | "officeId" | "title" | "results" | "evidence">;
async function publishedTrials(): Promise<PublishedTrial[]> {
  return ((await (await fetch(`${base}/data/utprovinger.json`)).json()) as { items?: PublishedTrial[] }).items ?? [];
}

let storyPilotId = "";

describe("an office registers a trial and a curator publishes it", () => {
  it("goes from an empty form to a published, searchable trial, with a receipt, a conversation and a readable review", async () => {
    const started = Date.now();
    // Against a reused hub, earlier runs left trials with the same title: make it unique there.
    const title = `Mentorløypa for unge arbeidssøkere på Grünerløkka${process.env.UTP_E2E_URL ? ` ${Date.now()}` : ""}`;
    const office = await newPage();
    const page = office.page;

    // Prepare: the office user logs in on the registration form.
    await loginAt(page, "/registrer/", OFFICE_USER);
    await page.getByRole("heading", { level: 1, name: "Registrer en utprøving" }).waitFor();

    // Act: step 1, saved as a draft as the user types; the partner office is picked by name.
    await page.getByLabel("Tittel").fill(title);
    await page.getByLabel("Kort sammendrag").fill("Unge arbeidssøkere får en mentor fra en lokal bedrift i seks måneder.");
    await page.getByLabel("Behov", { exact: true }).fill("Mange unge faller fra tiltak fordi de mangler kontakt med arbeidslivet.");
    await page.getByRole("radio", { name: "Pågår" }).check();
    await page.getByLabel("Startdato").fill("01.02.2025");
    await page.getByLabel("Startdato").press("Tab");
    await page.getByLabel("Andre NAV-kontorer som er med (valgfritt)").fill("Lier");
    const officeSaved = page.waitForResponse(
      (r) => ["POST", "PUT"].includes(r.request().method()) && /\/api\/pilots/.test(r.url()) && (r.request().postData() ?? "").includes('"nav-lier"'),
    );
    await page.getByRole("option", { name: "NAV Lier" }).click();
    expect((await officeSaved).ok()).toBe(true);
    await savedStatus(page);
    const pilotId = pilotIdFrom(page);
    storyPilotId = pilotId;

    await nextStep(page, "Målgruppe og tiltak");
    await page.getByLabel("Arbeidsmåten", { exact: true }).fill("Hver deltaker møter mentoren sin hver uke; veilederen følger opp begge.");
    await page.getByLabel("Unge under 30 år").check();
    await page.getByLabel("Oppfølging", { exact: true }).check();
    // A running trial: the count is due once it has ended, and the label says so.
    await page.getByLabel("Antall deltakere (valgfritt)", { exact: true }).fill("24");

    await nextStep(page, "Samarbeid");
    await page.getByRole("button", { name: "Legg til samarbeidspartner" }).click();
    const partnerSaved = page.waitForResponse(
      (r) => r.request().method() === "PUT" && r.url().includes(`/api/pilots/${pilotId}`) && (r.request().postData() ?? "").includes("arbeidsgiver"),
    );
    await page.locator("#f-partners-0-name").fill("Grünerløkka Næringsforening");
    await page.locator("#f-partners-0-type").selectOption("arbeidsgiver");
    expect((await partnerSaved).status()).toBe(200);

    // The user leaves mid-way and comes back to the draft.
    await page.goto(`${base}/`);
    await page.goto(`${base}/registrer/`);
    await page.getByRole("link", { name: `Fortsett med «${title}»` }).click();
    await page.waitForURL(/id=/);
    await expect.poll(() => page.getByLabel("Tittel").inputValue()).toBe(title);
    expect(await page.getByLabel("Startdato").inputValue()).toBe("01.02.2025");
    expect(await page.getByText("NAV Lier").count()).toBeGreaterThan(0);

    await openStep(page, "Kostnad og finansiering");
    await page.getByRole("button", { name: "Legg til finansieringskilde" }).click();
    await page.locator("#f-funding-0-source").selectOption("eget-budsjett");
    await page.locator("#f-funding-0-amountNok").fill("150000");
    await page.getByLabel("Innsats i årsverk for hele perioden").fill("0,5");

    await nextStep(page, "Oppskrift");
    await page.getByRole("button", { name: "Legg til steg" }).click();
    await page.locator("#f-recipe-steps-0").fill("Finn fem bedrifter som vil stille med mentorer.");

    await nextStep(page, "Planlagte resultater");
    await page.getByRole("button", { name: "Legg til resultatmål" }).click();
    await page.locator("#f-plannedOutcomes-0-measureCode").selectOption("arbeid-utdanning-6m");
    await page.locator("#f-plannedOutcomes-0-name").fill("Andel i arbeid eller utdanning 6 måneder etter");
    // The expected share without the trial is filled in from the bank's comparison groups; the office may change it.
    await expect.poll(async () => page.locator("#f-plannedOutcomes-0-expectedShare").inputValue()).toMatch(/^\d+(,\d)?$/);
    await page.locator("#f-participants-planned").fill("40");
    await page.locator("#f-plannedOutcomes-0-expectedShare").fill("30");
    await page.locator("#f-plannedOutcomes-0-followUpMonths").fill("6");
    const design = page.locator("[data-design-advice]");
    await design.getByText(DESIGN_SENTENCE).waitFor();
    expect(await design.innerText()).toMatch(/3 kontorer med 40 deltakere hver kan sammen påvise 18 prosentpoeng/);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await design.scrollIntoViewIfNeeded();
      await shot(page, `registrer-designsetning-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    await nextStep(page, "Resultater");
    await nextStep(page, "Kontakt");
    // The contact person is the one logged in, and can be changed.
    expect(await page.getByLabel("Kontaktperson").inputValue()).toBe(OFFICE_LOGIN.name);
    expect(await page.getByLabel("E-post på jobb").inputValue()).toBe(OFFICE_LOGIN.email);
    await page.getByLabel("Kontaktperson").fill("");
    await page.getByLabel("E-post på jobb").fill("");
    await nextStep(page, "Se over og send inn");

    // Submitting without a contact person: the error summary takes focus and its link focuses the field.
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await expect.poll(async () => (await focused(page)).inSummary).toBe(true);
    const missing = await page.locator("#utp-error-summary a").allTextContents();
    expect(missing).toEqual(["Kontaktperson: Oppgi navn på kontaktperson", "E-post på jobb: Oppgi e-postadressen til kontaktpersonen"]);
    await page
      .locator("#utp-error-summary")
      .getByRole("link", { name: /Kontaktperson: Oppgi navn/ })
      .click();
    await expect.poll(async () => (await focused(page)).id).toBe("f-contact-name");
    expect(await page.locator("#f-contact-name").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Kontaktperson").fill("Kari Nordmann");
    await page.getByLabel("E-post på jobb").fill("kari.nordmann@nav.no");
    await nextStep(page, "Se over og send inn");
    await page.getByRole("button", { name: "Send til vurdering" }).click();

    // Assess: a receipt that says what happens next and when.
    await page.getByRole("heading", { level: 1, name: "Kvittering" }).waitFor();
    await page.getByText("Utprøvingen er sendt til vurdering").waitFor();
    expect(await page.locator("main").innerText()).toMatch(/Du får svar innen 10 virkedager, senest \d+\. \p{L}+ \d{4}/u);
    // The receipt leads on to the office's own list.
    expect(await page.getByRole("link", { name: "Gå til Mine utprøvinger" }).getAttribute("href")).toBe("/mine/");
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await shot(page, `registrer-kvittering-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // A curator asks for changes.
    const curator = (await newPage()).page;
    await loginAt(curator, "/kurator/", CURATOR);
    await curator.getByRole("link", { name: title }).click();
    await curator.getByRole("heading", { level: 1, name: title }).waitFor();
    await curator.getByLabel("Hva må kontoret endre?").fill("Skriv hva bedriftene må stille med, så andre kontorer kan gjøre det samme.");
    await curator.getByRole("button", { name: "Send tilbake til kontoret" }).click();
    await curator.getByText("Utprøvingen er sendt tilbake til kontoret").waitFor();

    // The office sees the comment, answers it, fixes two fields and resubmits.
    await page.getByRole("link", { name: "Gå til Mine utprøvinger" }).click();
    await page.waitForURL((url) => url.pathname === "/mine/");
    await page.getByText("Returnert for endringer").first().waitFor();
    await page.getByText("Skriv hva bedriftene må stille med").first().waitFor();
    const answer = "Vi har skrevet det inn i oppskriften nå: to timer i uka per mentor.";
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 2, name: title, exact: true }) })
      .first();
    await card.getByLabel("Svar kuratoren").fill(answer);
    await card.getByRole("button", { name: "Send svaret" }).click();
    await card.getByText("Svaret er sendt til kuratoren.").waitFor();
    await card.getByRole("link", { name: `Rediger «${title}»` }).click();
    await page.getByText("Kuratoren ba om endringer").waitFor();
    // The form opened from the change request: the comment, and beside it the conversation with a box to answer.
    const request = page.locator("[data-change-request]");
    await request.getByText("Skriv hva bedriftene må stille med").first().waitFor();
    const conversation = request.getByRole("region", { name: `Samtale med kuratoren om «${title}»` });
    await conversation.getByText(answer).waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const [comment, box] = await Promise.all([
        request.locator(".utp-change-request__comment").boundingBox(),
        conversation.getByLabel("Svar kuratoren").boundingBox(),
      ]);
      if (!comment || !box) throw new Error("The change request's comment or answer box is not drawn");
      // Beside each other at 1280 (side by side, tops level), the answer box right under the comment at 390.
      if (width === 1280) expect(box.x, "answer box beside the comment").toBeGreaterThanOrEqual(comment.x + comment.width);
      else expect(box.y, "answer box under the comment").toBeGreaterThanOrEqual(comment.y + comment.height);
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${width}` }).toBeLessThanOrEqual(width);
      await shot(page, `registrer-endringer-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await openStep(page, "Kostnad og finansiering");
    await page.getByLabel("Innsats i årsverk for hele perioden").fill("1");
    await openStep(page, "Oppskrift");
    await page
      .getByLabel("Hva trengs for å gjøre det samme?")
      .fill("Bedriftene gir hver mentor to timer i uka, og kontoret har en koordinator i 50 prosent stilling.");
    await openStep(page, "Se over og send inn");
    // Resubmitting offers to send an answer with it.
    const second = "Og koordinatoren er på plass fra mars.";
    await page.getByLabel("Svar til kuratoren (valgfritt)").fill(second);
    await shot(page, "registrer-send-igjen-med-svar-1280");
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, "registrer-send-igjen-med-svar-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await page.getByText("Utprøvingen er sendt til vurdering").waitFor();

    // The curator's review of the resubmission: exactly the two changed fields, the answer, no raw keys.
    await curator.goto(`${base}/kurator/vurder/?id=${pilotId}`);
    await curator.getByRole("heading", { level: 1, name: title }).waitFor();
    await curator.getByRole("heading", { name: "Endret siden forrige innsending" }).waitFor();
    const changedRows = await curator.locator("table.utp-changes tbody tr th").allTextContents();
    expect(changedRows).toEqual(["Innsats i årsverk for hele perioden", "Hva trengs for å gjøre det samme?"]);
    expect(await curator.locator(".utp-field-view--changed dt").allTextContents()).toEqual([
      "Innsats i årsverk for hele perioden Endret",
      "Hva trengs for å gjøre det samme? Endret",
    ]);
    await curator.getByRole("heading", { name: "Samtale med kontoret" }).waitFor();
    await curator.getByText(answer).waitFor();
    await curator.getByText(second).waitFor();
    const text = (await curator.locator("main").innerText()).replace(/[\u00a0\u202f]/g, " ");
    expect(text).toContain(OFFICE_NAME);
    expect(text).toContain("NAV Lier");
    expect(text).toContain("1. februar 2025");
    expect(text).toContain("150 000 kr");
    expect(text).not.toMatch(/\b(start|end|count|staffYears|costNok|name|type|role|source|amountNok|measureCode):/);
    expect(text).not.toMatch(/versjon \d/i);
    expect(text).not.toContain(OFFICE);
    // The curator sees the same design sentence as the office did.
    expect(text).toContain(DESIGN_SENTENCE);
    // Never published: no withdraw button on this review.
    expect(await curator.getByRole("button", { name: "Trekk tilbake" }).count()).toBe(0);
    await shot(curator, "kurator-vurder-endringer-1280");
    // The action boxes keep their headings and controls clear of the border.
    for (const id of ["publiser", "be-om-endringer"]) {
      const inset = await curator.locator(`section[aria-labelledby="${id}"]`).evaluate((box) => {
        const outer = box.getBoundingClientRect();
        const heading = box.querySelector(`#${box.getAttribute("aria-labelledby")}`)!.getBoundingClientRect();
        return { left: heading.left - outer.left, top: heading.top - outer.top };
      });
      expect(inset.left, id).toBeGreaterThanOrEqual(12);
      expect(inset.top, id).toBeGreaterThanOrEqual(12);
    }

    // The curator publishes with an evidence rating and a new method created on the spot.
    await curator.locator("#f-publish-evidence-strength--1").check();
    await curator.getByLabel("Retning på resultatet").selectOption("uavklart");
    await curator.getByText("Finnes ikke metoden? Opprett en ny").click();
    const method = `Mentor fra arbeidslivet${process.env.UTP_E2E_URL ? ` ${Date.now()}` : ""}`;
    await curator.getByLabel("Navn på ny metode").fill(method);
    await curator.getByRole("button", { name: "Opprett metoden" }).click();
    await curator.getByText(`Metoden «${method}» er opprettet og valgt.`).waitFor();
    await curator.getByRole("button", { name: "Publiser utprøvingen" }).click();
    await curator.getByText("Utprøvingen er publisert").waitFor();
    const publishedAt = Date.now();

    // Assess: after the rebuild the trial is found by search on the site.
    const search = (await newPage()).page;
    await expect
      .poll(
        async () => {
          const res = await fetch(`${base}/data/utprovinger.json`);
          return res.ok ? (await res.text()).includes(title) : false;
        },
        { timeout: 180_000, interval: 1000 },
      )
      .toBe(true);
    await hub?.rebuilder?.idle();
    await search.goto(`${base}/?q=${encodeURIComponent("Mentorløypa")}`);
    await search
      .locator("[data-search-status]")
      .filter({ hasText: /funnet|Fant ingen/ })
      .waitFor();
    expect(await search.locator("[data-search-results] > li h2 a").allTextContents()).toContain(title);

    const finished = Date.now();
    const seconds = (finished - started) / 1000;
    console.log(
      `The whole story (register, receipt, return, answer, resubmit, review, publish, rebuild, search) took ${seconds.toFixed(1)} s: ` +
        `${((publishedAt - started) / 1000).toFixed(1)} s in the forms, ${((finished - publishedAt) / 1000).toFixed(1)} s from publish to a search hit`,
    );
    expect(office.problems).toEqual([]);
  });
});

describe("the registration form", () => {
  it("lists every missing field at once when an empty registration is submitted, and each link focuses its field", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    await openStep(page, "Se over og send inn");
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await expect.poll(async () => (await focused(page)).inSummary).toBe(true);
    const links = await page.locator("#utp-error-summary a").allTextContents();
    expect(links.map((l) => l.split(":")[0])).toEqual([
      "Tittel",
      "Kort sammendrag",
      "Behov",
      "Status for utprøvingen",
      "Startdato",
      "Arbeidsmåten",
      "Målgrupper",
      "Tiltakstyper",
      "Finansiering",
      "Innsats i årsverk for hele perioden",
      "Steg i oppskriften",
      "Planlagte resultatmål",
    ]);
    await page
      .locator("#utp-error-summary")
      .getByRole("link", { name: /^Målgrupper:/ })
      .click();
    await expect.poll(async () => (await focused(page)).id).toBe("f-targetGroups--unge-under-30");
    // Errors clear as they are fixed: one fewer in the summary.
    await page.getByLabel("Unge under 30 år").check();
    await openStep(page, "Se over og send inn");
    await expect.poll(() => page.locator("#utp-error-summary a").count()).toBe(11);
    expect(problems).toEqual([]);
  });

  it("refuses a fødselsnummer in a text field at that field, and keeps it out of the browser's storage", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    await page.getByLabel("Tittel").fill("Utprøving med et fødselsnummer i teksten");
    await page.getByLabel("Kort sammendrag").fill(`Deltakeren med nummer ${IDENTITY_NUMBER} kom i jobb.`);
    const summary = page.getByLabel("Kort sammendrag");
    await expect.poll(() => summary.getAttribute("aria-invalid"), { timeout: 10_000 }).toBe("true");
    const message = await describedText(summary);
    expect(message).toContain("fødselsnummer");
    expect(await page.locator("#utp-save-status").textContent()).toContain("Ikke lagret");
    const stored = await page.evaluate(() => [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join(""));
    expect(stored).toContain("Utprøving med et fødselsnummer i teksten");
    expect(stored).not.toContain("010190");
  });

  it("tells the second of two editors about the conflict and keeps what they wrote", async () => {
    const first = (await newPage()).page;
    await loginAt(first, "/registrer/?ny=1", OFFICE_USER);
    await first.getByLabel("Tittel").fill("Felles utkast to veiledere skriver i");
    await savedStatus(first);
    const id = pilotIdFrom(first);

    const second = (await newPage()).page;
    await loginAt(second, `/registrer/?id=${id}`, OFFICE_USER);
    await expect.poll(() => second.getByLabel("Tittel").inputValue()).toBe("Felles utkast to veiledere skriver i");

    await first.getByLabel("Kort sammendrag").fill("Sammendraget fra den første veilederen.");
    await savedStatus(first);
    const mine = "Sammendraget fra den andre veilederen, som ikke må forsvinne.";
    await second.getByLabel("Kort sammendrag", { exact: true }).fill(mine);
    await second.getByRole("alert").filter({ hasText: "Noen andre har lagret utprøvingen mens du skrev" }).waitFor({ timeout: 15_000 });
    await second.getByRole("button", { name: "Hent nyeste versjon" }).click();
    await second.getByRole("heading", { name: "Dine endringer som ikke ble lagret" }).waitFor();
    await expect.poll(() => second.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe("Sammendraget fra den første veilederen.");
    expect(await second.getByLabel("Din tekst: Kort sammendrag").inputValue()).toBe(mine);
    await second.getByRole("button", { name: "Bruk min tekst" }).click();
    expect(await second.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe(mine);
    await savedStatus(second);
  });

  it("can be completed and submitted with the keyboard alone", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    const tabTo = async (match: (f: { id: string; text: string }) => boolean, limit = 120) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        if (match(await focused(page))) return;
      }
      throw new Error("Fant ikke elementet med tabulator");
    };
    const byId = (id: string) => (f: { id: string }) => f.id === id;
    const next = async (title: string) => {
      await tabTo((f) => f.text === `Neste: ${title}`);
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await focused(page)).text).toContain(title);
    };
    const add = async (button: string, firstField: string) => {
      await tabTo((f) => f.text === button);
      await page.keyboard.press("Enter");
      await expect.poll(async () => (await focused(page)).id).toBe(firstField);
    };
    await tabTo(byId("f-title"));
    await page.keyboard.type("Tastaturutprøving for unge");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Laget bare med tastaturet.");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Noen bruker ikke mus.");
    // Radio group: Tab enters it, the arrow keys choose.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.getByRole("radio", { name: "Pågår" }).isChecked()).toBe(true);
    await tabTo(byId("f-period-start"));
    await page.keyboard.type("03.02.2025");
    await next("Målgruppe og tiltak");
    await tabTo(byId("f-methodDescription"));
    await page.keyboard.type("Vi gjør alt med tastaturet.");
    await tabTo(byId("f-targetGroups--unge-under-30"));
    await page.keyboard.press("Space");
    await tabTo(byId("f-measureTypes--oppfolging"));
    await page.keyboard.press("Space");
    await next("Samarbeid");
    await next("Kostnad og finansiering");
    await add("Legg til finansieringskilde", "f-funding-0-source");
    // Typing on a focused select picks the option that starts with what was typed.
    await page.keyboard.type("Eget");
    await expect.poll(() => page.locator("#f-funding-0-source").inputValue()).toBe("eget-budsjett");
    await tabTo(byId("f-cost-staffYears"));
    await page.keyboard.type("0,2");
    await next("Oppskrift");
    await add("Legg til steg", "f-recipe-steps-0");
    await page.keyboard.type("Trykk Tab.");
    await next("Planlagte resultater");
    await add("Legg til resultatmål", "f-plannedOutcomes-0-measureCode");
    await tabTo(byId("f-plannedOutcomes-0-name"));
    await page.keyboard.type("Andel som fullfører");
    await next("Resultater");
    await next("Kontakt");
    await tabTo(byId("f-contact-name"));
    // Prefilled from the login: select it and type another name.
    expect(await page.locator("#f-contact-name").inputValue()).toBe(OFFICE_LOGIN.name);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("Tor Tastatur");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("tor.tastatur@nav.no");
    await next("Se over og send inn");
    await tabTo((f) => f.text === "Send til vurdering");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Kvittering" }).waitFor({ timeout: 15_000 });
    expect(await focused(page)).toMatchObject({ text: "Kvittering" });
    expect(problems).toEqual([]);
  });
});

describe("the registration form's details", () => {
  /** The cost per participant as the form shows it, spaces made plain. */
  const perParticipant = (page: Page) =>
    page
      .locator('[data-derived="costPerParticipant"]')
      .innerText()
      .then((t) => t.replace(/\s/g, " "));

  it("reads a cost typed with spaces, «kr» or dots, and names a cost that is no number instead of showing NaN", async () => {
    for (const width of WIDTHS) {
      const { page, problems } = await newPage({ width });
      await loginAt(page, "/registrer/?ny=1&steg=kostnad", OFFICE_USER);
      await page.getByRole("heading", { level: 2, name: "4. Kostnad og finansiering" }).waitFor();
      await openStep(page, "Målgruppe og tiltak");
      await page.locator("#f-participants-count").fill("20");
      await openStep(page, "Kostnad og finansiering");
      const cost = page.getByLabel("Kostnad i kroner for hele perioden (valgfritt)");
      for (const typed of ["1 400 000 kr", "1 400 000,50", "1\u00a0400\u00a0000", "1\u202f400\u202f000 kr", "kr 1400000", "1.400.000", "NOK 1 400 000,-"]) {
        await cost.fill(typed);
        await expect.poll(() => perParticipant(page), { message: typed }).toBe("70 000 kr");
      }
      await cost.fill("1 400 000 kr");
      await cost.scrollIntoViewIfNeeded();
      await shot(page, `registrer-kostnad-${width}`);
      // Text that is no number: no «NaN», and the field says what to write once the step is left.
      await cost.fill("omtrent en million");
      await expect.poll(() => perParticipant(page)).toBe("Fyll ut kostnad og antall deltakere");
      expect(await page.locator("main").innerText()).not.toContain("NaN");
      await openStep(page, "Oppskrift");
      await openStep(page, "Kostnad og finansiering");
      await expect.poll(() => cost.getAttribute("aria-invalid")).toBe("true");
      const message = await describedText(cost);
      expect(message).toContain("Skriv bare et tall, for eksempel 1 400 000 eller 1,5");
      await cost.scrollIntoViewIfNeeded();
      await shot(page, `registrer-kostnad-feil-${width}`);
      expect(problems).toEqual([]);
    }
  });

  it("marks a step completed only when what it asks for is there, not when it is skipped", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    const progress = page.getByRole("navigation", { name: "Steg i skjemaet" });
    const completed = () => progress.locator('[data-completed="true"]').allTextContents();
    // Jumping straight to the last step with nothing filled in marks nothing but the contact step, filled from the login.
    await openStep(page, "Se over og send inn");
    expect(await completed()).toEqual([expect.stringContaining("Kontakt")]);
    await shot(page, "registrer-hopp-til-slutt-1280");
    // Step 1 filled in and left: that step, and only that one, is completed.
    await openStep(page, "Om utprøvingen");
    await page.getByLabel("Tittel").fill("Steg som fylles ut ett for ett");
    await page.getByLabel("Kort sammendrag").fill("Et sammendrag.");
    await page.getByLabel("Behov", { exact: true }).fill("Et behov.");
    await page.getByRole("radio", { name: "Pågår" }).check();
    await page.getByLabel("Startdato").fill("01.03.2025");
    await page.getByLabel("Startdato").press("Tab");
    await nextStep(page, "Målgruppe og tiltak");
    await expect.poll(completed).toEqual([expect.stringContaining("Om utprøvingen"), expect.stringContaining("Kontakt")]);
    // A required field emptied again takes the mark away.
    await openStep(page, "Om utprøvingen");
    await page.getByLabel("Behov", { exact: true }).fill("");
    await openStep(page, "Se over og send inn");
    await expect.poll(completed).toEqual([expect.stringContaining("Kontakt")]);
    expect(problems).toEqual([]);
  });

  it("shows «Har andre prøvd dette før?» right under the title, in sight while the title is typed", async () => {
    const original = (await publishedTrials()).find((p) => p.officeId !== OFFICE && p.title.split(" ").length >= 3);
    if (!original) throw new Error("No published trial from another office in the sample data");
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const { page } = await newPage({ width });
      await page.setViewportSize({ width, height });
      await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
      const title = page.getByLabel("Tittel");
      await title.fill(
        original.title
          .split(/[:\s]+/)
          .slice(0, -1)
          .join(" "),
      );
      const similar = page.getByRole("region", { name: "Har andre prøvd dette før?" });
      await similar.getByRole("link", { name: original.title }).waitFor({ timeout: 15_000 });
      const [field, box] = await Promise.all([title.boundingBox(), similar.boundingBox()]);
      if (!field || !box) throw new Error("The title or the similar trials are not drawn");
      // Right under the title field: no other field between them, and its heading inside the window.
      expect(box.y, `${width}`).toBeGreaterThanOrEqual(field.y + field.height);
      expect(box.y - (field.y + field.height), `${width}`).toBeLessThan(48);
      expect(box.y + 40, `${width}`).toBeLessThanOrEqual(height);
      expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await shot(page, `registrer-lignende-under-tittel-${width}`);
    }
  });

  it("asks only for interim results on a running trial, marking them optional, and for the full set once it has ended", async () => {
    for (const width of WIDTHS) {
      const { page, problems } = await newPage({ width });
      await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
      await page.getByLabel("Tittel").fill("Resultater for en utprøving som pågår");
      await page.getByRole("radio", { name: "Pågår" }).check();
      await page.getByLabel("Sluttdato (valgfritt)").waitFor();
      await openStep(page, "Resultater");
      const step = visible(page);
      const labels = async () => (await step.locator("label, legend").allInnerTexts()).map((l) => l.trim()).filter(Boolean);
      await step.getByText("Utprøvingen er ikke avsluttet ennå").waitFor();
      expect(await step.getByRole("button", { name: "Legg til delresultat" }).count()).toBe(1);
      expect(await step.getByRole("group", { name: "Delresultater underveis (valgfritt)" }).count()).toBe(1);
      for (const hidden of ["Resultat", "Hvordan ble resultatene målt?", "Hva fungerte?", "Resultatmål med tall"])
        expect(await labels(), hidden).not.toContain(hidden);
      await shot(page, `registrer-resultater-pagar-${width}`);
      await openStep(page, "Om utprøvingen");
      await page.getByRole("radio", { name: "Avsluttet" }).check();
      await page.getByLabel("Sluttdato", { exact: true }).waitFor();
      await openStep(page, "Resultater");
      await step.getByLabel("Resultat", { exact: true }).waitFor();
      expect(await labels()).toEqual(
        expect.arrayContaining(["Resultat", "Hvordan ble resultatene målt?", "Hva fungerte?", "Oppsummering av resultatene (valgfritt)"]),
      );
      await shot(page, `registrer-resultater-avsluttet-${width}`);
      expect(problems).toEqual([]);
    }
  });
});

describe("building on what others have tried", () => {
  it("shows a published trial with a close title as similar, and «Bruk som utgangspunkt» makes a replication", async () => {
    const { page } = await newPage();
    const original = (await publishedTrials()).find((p) => p.officeId !== OFFICE && p.title.split(" ").length >= 3);
    if (!original) throw new Error("No published trial from another office in the sample data");
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    // A title close to the original's: its words, the last one left out.
    const close = original.title
      .split(/[:\s]+/)
      .slice(0, -1)
      .join(" ");
    await page.getByLabel("Tittel").fill(close);
    const similar = page.getByRole("region", { name: "Har andre prøvd dette før?" });
    await similar.getByRole("link", { name: original.title }).waitFor({ timeout: 15_000 });
    // Each similar trial says who tried it and what it gave, in the words its page uses.
    const hit = similar.getByRole("listitem").filter({ hasText: original.title });
    expect(await hit.textContent()).toContain(verdict({ outcome: original.results?.outcome, evidence: original.evidence }).label);
    await shot(page, "registrer-lignende-1280");
    const saved = page.waitForResponse(
      (r) => ["POST", "PUT"].includes(r.request().method()) && /\/api\/pilots/.test(r.url()) && (r.request().postData() ?? "").includes(original.id),
      { timeout: 15_000 },
    );
    await similar.getByRole("listitem").filter({ hasText: original.title }).getByRole("button", { name: "Bruk som utgangspunkt" }).click();
    const body = (await (await saved).json()) as { content: { replicatesPilotId?: string; title: string; targetGroups?: string[] } };
    expect(body.content).toMatchObject({ replicatesPilotId: original.id, title: close });
    expect(body.content.targetGroups?.length).toBeGreaterThan(0);
  });

  it("«Vil du prøve dette?» tells an anonymous user why to log in, then starts a copy with the original's method and groups", async () => {
    const { page } = await newPage();
    const original = (await publishedTrials()).find((p) => p.officeId !== OFFICE);
    if (!original) throw new Error("No published trial from another office in the sample data");
    await page.goto(`${base}/utproving/${original.slug}/`);
    await page.getByRole("link", { name: "Vil du prøve dette?" }).click();
    await page.getByText("Logg inn med NAV-kontoret ditt først, så blir kopien registrert som kontorets egen utprøving.").waitFor();
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL(/\/oidc\/authorize/);
    await page.selectOption("#sub", OFFICE_USER);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.getByText(`Du starter en ny utprøving for ditt kontor etter «${original.title}»`).waitFor();
    await openStep(page, "Målgruppe og tiltak");
    expect(await page.locator("#f-targetGroups input:checked").count()).toBeGreaterThan(0);
    await openStep(page, "Om utprøvingen");
    const created = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/pilots");
    await page.getByLabel("Tittel").fill(`Vi prøver også: ${original.title}`.slice(0, 200));
    const response = await created;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { officeId: string; content: { replicatesPilotId?: string; targetGroups?: string[]; results?: unknown } };
    expect(body.officeId).toBe(OFFICE);
    expect(body.content.replicatesPilotId).toBe(original.id);
    expect(body.content.targetGroups?.length).toBeGreaterThan(0);
    expect(body.content.results).toBeUndefined();
  });

  it("sends an expired login back to the login page and keeps what was typed", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    await page.getByLabel("Tittel").fill("Utprøving der innloggingen går ut");
    await savedStatus(page);
    const id = pilotIdFrom(page);
    // The token the API gets is no longer valid: the next save answers 401.
    await page.evaluate(() => {
      const tokens = JSON.parse(sessionStorage.getItem("utp:tokens") ?? "{}") as Record<string, unknown>;
      sessionStorage.setItem("utp:tokens", JSON.stringify({ ...tokens, idToken: "utlopt.token.x" }));
    });
    const typed = "Dette ble skrevet mens innloggingen var utløpt.";
    await page.getByLabel("Kort sammendrag", { exact: true }).fill(typed);
    // The issuer still has a session: it may send the user straight back without its login page.
    // Either copy brings the text back: the one kept before the login, or the local copy of unsaved text.
    const notice = page.getByText(/Du ble logget inn på nytt|Det du skrev sist, var ikke lagret ennå/).first();
    await page
      .locator("#sub")
      .or(notice)
      .first()
      .waitFor({ timeout: 45_000 })
      .catch(async (error: unknown) => {
        await shot(page, "feil-utlopt-innlogging");
        throw new Error(`${String(error)} at ${page.url()}: ${(await page.locator("body").innerText()).slice(0, 500)}`);
      });
    if (await page.locator("#sub").isVisible()) {
      await page.selectOption("#sub", OFFICE_USER);
      await page.getByRole("button", { name: "Logg inn" }).click();
    }
    await notice.waitFor().catch(async (error: unknown) => {
      await shot(page, "feil-utlopt-innlogging");
      throw new Error(`${String(error)} at ${page.url()}: ${(await page.locator("body").innerText()).slice(0, 800)}`);
    });
    expect(new URL(page.url()).searchParams.get("id")).toBe(id);
    expect(await page.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe(typed);
    await savedStatus(page);
  });
});

describe("withdrawing", () => {
  it("asks for confirmation, with a reason, before a trial is withdrawn", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    const title = `Utkast som skal trekkes tilbake ${Date.now()}`;
    await page.getByLabel("Tittel").fill(title);
    await savedStatus(page);
    await page.goto(`${base}/mine/`);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
    await card.getByRole("button", { name: "Trekk tilbake" }).click();
    const dialog = page.getByRole("dialog", { name: "Vil du trekke tilbake utprøvingen?" });
    await dialog.waitFor();
    await shot(page, "mine-trekk-tilbake-1280");
    await dialog.getByRole("button", { name: "Avbryt" }).click();
    await dialog.waitFor({ state: "hidden" });
    expect(await card.getByText("Utkast", { exact: true }).count()).toBe(1);
    await card.getByRole("button", { name: "Trekk tilbake" }).click();
    await dialog.getByRole("button", { name: "Ja, trekk tilbake" }).click();
    await dialog
      .getByText("Feltet må fylles ut")
      .or(dialog.getByText(/må fylles ut|Skriv/))
      .first()
      .waitFor();
    await shot(page, "mine-trekk-tilbake-feil-1280");
    await page.setViewportSize({ width: 390, height: 900 });
    await shot(page, "mine-trekk-tilbake-feil-390");
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByLabel("Hvorfor trekkes utprøvingen tilbake?").fill("Vi startet den ved en feil.");
    await dialog.getByRole("button", { name: "Ja, trekk tilbake" }).click();
    await card.getByText("Trukket tilbake").first().waitFor();
  });
});

describe("accessibility and looks", () => {
  it("has no serious or critical axe violations on any app page at 1280 and 390 px, and screenshots every step", async () => {
    const results: Record<string, string[]> = {};
    for (const width of WIDTHS) {
      const office = (await newPage({ forAxe: true, width })).page;
      await loginAt(office, "/registrer/?ny=1", OFFICE_USER);
      await office.getByLabel("Tittel").fill("Tilgjengelighetssjekk");
      // The partner-office list open: its options have a named list around them.
      await office.getByLabel("Andre NAV-kontorer som er med (valgfritt)").fill("Li");
      await office.getByRole("listbox", { name: "Andre NAV-kontorer som er med" }).getByRole("option").first().waitFor();
      await shot(office, `registrer-kontorliste-${width}`);
      results[`/registrer/ med kontorlisten åpen (${width})`] = await axe(office);
      await office.getByLabel("Andre NAV-kontorer som er med (valgfritt)").press("Escape");
      for (const [i, title] of ALL_STEPS.entries()) {
        if (i > 0) await openStep(office, title);
        await shot(office, `registrer-${i + 1}-${width}`);
        results[`/registrer/ steg ${i + 1} (${width})`] = await axe(office);
      }
      await office.getByRole("button", { name: "Send til vurdering" }).click();
      await office.locator("#utp-error-summary").waitFor();
      await shot(office, `registrer-feil-${width}`);
      results[`/registrer/ med feil (${width})`] = await axe(office);
      await office.goto(`${base}/mine/`);
      await office.getByRole("heading", { level: 1, name: "Mine utprøvinger" }).waitFor();
      await shot(office, `mine-${width}`);
      results[`/mine/ (${width})`] = await axe(office);

      const curator = (await newPage({ forAxe: true, width })).page;
      await loginAt(curator, "/kurator/", CURATOR);
      await curator.getByRole("heading", { level: 1, name: "Vurderingskø" }).waitFor();
      await shot(curator, `kurator-${width}`);
      results[`/kurator/ (${width})`] = await axe(curator);
      const queued = (await curator.locator("table a").first().getAttribute("href"))?.split("id=")[1];
      for (const [n, reviewId] of [queued, storyPilotId].filter(Boolean).entries()) {
        await curator.goto(`${base}/kurator/vurder/?id=${reviewId}`);
        await curator.getByRole("heading", { level: 2, name: "Planlagte og rapporterte resultater" }).waitFor();
        await shot(curator, `kurator-vurder-${n + 1}-${width}`);
        results[`/kurator/vurder/?id=${reviewId} (${width})`] = await axe(curator);
      }
      await curator.goto(`${base}/kurator/metoder/`);
      await curator.getByRole("heading", { level: 1, name: "Metoder" }).waitFor();
      await shot(curator, `kurator-metoder-${width}`);
      results[`/kurator/metoder/ (${width})`] = await axe(curator);
      await curator.goto(`${base}/kurator/resultater/`);
      await curator.getByRole("heading", { level: 1, name: "Utprøvinger som mangler resultater" }).waitFor();
      await shot(curator, `kurator-resultater-${width}`);
      results[`/kurator/resultater/ (${width})`] = await axe(curator);
      // Nothing wider than the window at 390 px.
      if (width === 390) expect(await curator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    for (const [page, violations] of Object.entries(results)) expect(violations, page).toEqual([]);
  });

  it("keeps the reading pages free of framework JavaScript: the header's small script and, on a trial page, «Kopier lenke»'s", async () => {
    const published = ((await (await fetch(`${base}/data/utprovinger.json`)).json()) as { items: { slug: string }[] }).items;
    const trial = `utproving/${published[0]?.slug ?? ""}/index.html`;
    for (const path of ["metode/index.html", "kunnskapskart/index.html", "statistikk/index.html", trial]) {
      const html = readFileSync(join(siteDir, path), "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "");
      expect(scripts.length, path).toBe(path === trial ? 2 : 1);
      let total = 0;
      for (const script of scripts) {
        const src = /src="([^"]+)"/.exec(script)?.[1] ?? "";
        expect(src, path).toMatch(/^\/_astro\/.+\.js$/);
        const code = readFileSync(join(siteDir, src));
        expect(code.toString(), path).not.toMatch(/\bimport\b/);
        total += gzipSync(code).length;
      }
      expect(total, path).toBeLessThan(3 * 1024);
    }
  });
});

describe("the login's return address", () => {
  it("sends a logged-in user only to a path of the site, whatever `til` says", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    const origin = new URL(base).origin;
    for (const til of [
      "/%5Cevil.example/",
      "/%09/evil.example/",
      "/%0A/evil.example/",
      "//evil.example/",
      "/%2F%2Fevil.example/",
      "https://evil.example/",
      "/\\evil.example/",
    ]) {
      // Act
      await page.goto(`${base}/auth/login/?til=${til}`);
      await page.waitForURL((url) => url.pathname !== "/auth/login/", { timeout: 15_000 }).catch(() => {});
      // Assess
      expect(new URL(page.url()).origin, til).toBe(origin);
      expect(new URL(page.url()).pathname, til).toBe("/");
    }
    await page.goto(`${base}/auth/login/?til=${encodeURIComponent("/mine/")}`);
    await page.waitForURL((url) => url.pathname === "/mine/");
    expect(problems).toEqual([]);
  });
});

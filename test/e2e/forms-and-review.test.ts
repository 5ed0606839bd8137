import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, startHub, type Hub } from "../../infra/local/hub.ts";

/**
 * The forms and curator pages in a real browser against the whole local hub: the API, the local OpenID
 * Connect issuer (its real login page), DynamoDB Local and the site, rebuilt after a publish.
 */
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const AXE_PATH = join(REPO_ROOT, "node_modules", "axe-core", "axe.min.js");
const OFFICE = "nav-grunerlokka";
const OFFICE_USER = `kontor-${OFFICE}`;
const CURATOR = "kurator";
/** A valid fødselsnummer (both check digits hold), written as people often do, with a space. */
const IDENTITY_NUMBER = "010190 00008";

let hub: Hub;
let browser: Browser;
let siteDir: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), "utp-e2e-site-"));
  hub = await startHub({ port: 0, seed: true, rebuildSite: true, siteDir });
  await hub.rebuilder?.idle();
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => {});
  await browser?.close();
  await hub?.stop();
  if (siteDir) rmSync(siteDir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  problems: string[];
}

/** A fresh browser (own sessionStorage) whose page errors and CSP violations fail the test. */
async function newPage(options: { forAxe?: boolean } = {}): Promise<Watched> {
  // axe-core is injected as a script: only the accessibility test lets the browser bypass the CSP for it.
  const context = await browser.newContext({ locale: "nb-NO", timezoneId: "Europe/Oslo", bypassCSP: options.forAxe ?? false });
  contexts.push(context);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const text = message.text();
    // A 412 or 422 answer is part of the story; the browser logs every non-2xx fetch.
    if (message.type() === "error" && !/status of (412|422|401)/.test(text)) problems.push(`console: ${text}`);
  });
  return { page, problems };
}

/** Logs in through the local issuer's own login page, starting from an app page. */
async function loginAt(page: Page, path: string, sub: string): Promise<void> {
  await page.goto(`${hub.url}${path}`);
  await page.waitForURL(/\/oidc\/authorize/);
  await page.selectOption("#sub", sub);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await page.waitForURL((url) => url.pathname === path.split("?")[0]);
  await page.locator("#utp-user").getByRole("button", { name: "Logg ut" }).waitFor();
}

async function savedStatus(page: Page): Promise<void> {
  await page.locator("#utp-save-status").filter({ hasText: /Lagret kl\. \d\d[:.]\d\d/ }).waitFor({ timeout: 15_000 });
}

async function nextStep(page: Page, title: string): Promise<void> {
  await page.getByRole("button", { name: `Neste: ${title}` }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? "")).toContain(title);
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(" ")).slice(0, 3) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.impact}): ${v.targets.join(", ")}`);
}

function pilotIdFrom(page: Page): string {
  const id = new URL(page.url()).searchParams.get("id");
  if (!id) throw new Error(`No pilot id in ${page.url()}`);
  return id;
}

let storyPilotId = "";

describe("an office registers a trial and a curator publishes it", () => {
  it("goes from an empty form to a published, searchable trial", async () => {
    const started = Date.now();
    const title = "Mentorløypa for unge arbeidssøkere på Grünerløkka";
    const office = await newPage();
    const page = office.page;

    // Prepare: the office user logs in on the registration form.
    await loginAt(page, "/registrer/", OFFICE_USER);
    await page.getByRole("heading", { level: 1, name: "Registrer en utprøving" }).waitFor();

    // Act: step 1 (om utprøvingen), saved as a draft as the user types.
    await page.getByLabel("Tittel").fill(title);
    await page.getByLabel("Kort sammendrag").fill("Unge arbeidssøkere får en mentor fra en lokal bedrift i seks måneder.");
    await page.getByLabel("Behov", { exact: true }).fill("Mange unge faller fra tiltak fordi de mangler kontakt med arbeidslivet.");
    await page.getByLabel("Startdato").fill("2025-02-01");
    await page.getByLabel("Status for utprøvingen").selectOption("pagar");
    await savedStatus(page);
    const pilotId = pilotIdFrom(page);
    storyPilotId = pilotId;

    await nextStep(page, "Målgruppe og tiltak");
    await page.getByLabel("Arbeidsmåten", { exact: true }).fill("Hver deltaker møter mentoren sin hver uke; veilederen følger opp begge.");
    await page.getByLabel("Unge under 30 år").check();
    await page.getByLabel("Oppfølging", { exact: true }).check();
    await page.getByLabel("Antall deltakere").fill("24");

    await nextStep(page, "Samarbeid");
    await page.getByRole("button", { name: "Legg til samarbeidspartner" }).click();
    const partnerSaved = page.waitForResponse((r) => r.request().method() === "PUT" && r.url().includes(`/api/pilots/${pilotId}`) && (r.request().postData() ?? "").includes("arbeidsgiver"));
    await page.locator("#f-partners-0-name").fill("Grünerløkka Næringsforening");
    await page.locator("#f-partners-0-type").selectOption("arbeidsgiver");
    expect((await partnerSaved).status()).toBe(200);

    // The user leaves mid-way and comes back to the draft.
    await page.goto(`${hub.url}/`);
    await page.goto(`${hub.url}/registrer/`);
    await page.getByRole("link", { name: `Fortsett med «${title}»` }).click();
    await page.waitForURL(/id=/);
    expect(await page.getByLabel("Tittel").inputValue()).toBe(title);
    expect(await page.locator("#f-partners-0-name").inputValue()).toBe("Grünerløkka Næringsforening");
    expect(await page.getByLabel("Unge under 30 år").isChecked()).toBe(true);

    await page.getByRole("button", { name: "4 Kostnad og finansiering" }).click();
    await page.getByRole("button", { name: "Legg til finansieringskilde" }).click();
    await page.locator("#f-funding-0-source").selectOption("eget-budsjett");
    await page.locator("#f-funding-0-amountNok").fill("150000");
    await page.getByLabel("Innsats i årsverk").fill("0,5");

    await nextStep(page, "Oppskrift");
    await page.getByRole("button", { name: "Legg til steg" }).click();
    await page.locator("#f-recipe-steps-0").fill("Finn fem bedrifter som vil stille med mentorer.");

    await nextStep(page, "Planlagte resultater");
    await page.getByRole("button", { name: "Legg til resultatmål" }).click();
    await page.locator("#f-plannedOutcomes-0-measureCode").selectOption("arbeid-utdanning-6m");
    await page.locator("#f-plannedOutcomes-0-name").fill("Andel i arbeid eller utdanning 6 måneder etter");

    await nextStep(page, "Resultater");
    await nextStep(page, "Kontakt");

    // Submitting without a contact person: the error summary takes focus and links to the field.
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("utp-error-summary");
    await page.locator("#utp-error-summary").getByRole("link", { name: /Kontaktperson: Oppgi navn/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("f-contact-name");
    expect(await page.locator("#f-contact-name").getAttribute("aria-invalid")).toBe("true");

    await page.getByLabel("Kontaktperson").fill("Kari Nordmann");
    await page.getByLabel("E-post på jobb").fill("kari.nordmann@nav.no");
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await page.getByText("Utprøvingen er sendt til vurdering").waitFor();

    // A curator asks for changes.
    const curator = (await newPage()).page;
    await loginAt(curator, "/kurator/", CURATOR);
    await curator.getByRole("link", { name: title }).click();
    await curator.getByRole("heading", { level: 1, name: title }).waitFor();
    await curator.getByLabel("Hva må kontoret endre?").fill("Skriv hva bedriftene må stille med, så andre kontorer kan gjøre det samme.");
    await curator.getByRole("button", { name: "Send tilbake til kontoret" }).click();
    await curator.getByText("Utprøvingen er sendt tilbake til kontoret").waitFor();

    // The office sees the comment, fixes and resubmits.
    await page.goto(`${hub.url}/mine/`);
    await page.getByText("Returnert for endringer").first().waitFor();
    await page.getByText("Skriv hva bedriftene må stille med").first().waitFor();
    await page.getByRole("link", { name: `Rediger «${title}»` }).click();
    await page.getByText("Kuratoren ba om endringer").waitFor();
    await page.getByRole("button", { name: "5 Oppskrift" }).click();
    await page.getByLabel("Hva trengs for å gjøre det samme?").fill("Bedriftene gir hver mentor to timer i uka, og kontoret har en koordinator i 50 prosent stilling.");
    await page.getByRole("button", { name: "8 Kontakt" }).click();
    await page.getByRole("button", { name: "Send til vurdering" }).click();
    await page.getByText("Utprøvingen er sendt til vurdering").waitFor();

    // The curator publishes with an evidence rating and a new method created on the spot.
    await curator.goto(`${hub.url}/kurator/vurder/?id=${pilotId}`);
    await curator.getByRole("heading", { level: 1, name: title }).waitFor();
    await curator.locator("#f-publish-evidence-strength--1").check();
    await curator.getByLabel("Retning på resultatet").selectOption("uavklart");
    await curator.getByText("Finnes ikke metoden? Opprett en ny").click();
    await curator.getByLabel("Navn på ny metode").fill("Mentor fra arbeidslivet");
    await curator.getByRole("button", { name: "Opprett metoden" }).click();
    await curator.getByText("Metoden «Mentor fra arbeidslivet» er opprettet og valgt.").waitFor();
    await curator.getByRole("button", { name: "Publiser utprøvingen" }).click();
    await curator.getByText("Utprøvingen er publisert").waitFor();
    const publishedAt = Date.now();

    // Assess: after the rebuild the trial is found by search on the site.
    const search = (await newPage()).page;
    await expect
      .poll(
        async () => {
          const res = await fetch(`${hub.url}/data/utprovinger.json`);
          return res.ok ? (await res.text()).includes(title) : false;
        },
        { timeout: 180_000, interval: 1000 },
      )
      .toBe(true);
    await hub.rebuilder?.idle();
    await search.goto(`${hub.url}/?q=${encodeURIComponent("Mentorløypa")}`);
    await search.locator("[data-search-status]").filter({ hasText: /funnet|Fant ingen/ }).waitFor();
    expect(await search.locator("[data-search-results] > li h2 a").allTextContents()).toContain(title);

    const finished = Date.now();
    const seconds = (finished - started) / 1000;
    console.log(
      `The whole story (register, return, resubmit, publish, rebuild, search) took ${seconds.toFixed(1)} s: ` +
        `${((publishedAt - started) / 1000).toFixed(1)} s in the forms, ${((finished - publishedAt) / 1000).toFixed(1)} s from publish to a search hit`,
    );
    expect(office.problems).toEqual([]);
  });
});

describe("the registration form", () => {
  it("refuses a fødselsnummer in a text field with a message at that field", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/", OFFICE_USER);
    await page.getByLabel("Tittel").fill("Utprøving med et fødselsnummer i teksten");
    await page.getByLabel("Kort sammendrag").fill(`Deltakeren med nummer ${IDENTITY_NUMBER} kom i jobb.`);
    const error = page.locator("#f-summary-error");
    await error.filter({ hasText: "fødselsnummer" }).waitFor({ timeout: 10_000 });
    expect(await page.getByLabel("Kort sammendrag").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Kort sammendrag").getAttribute("aria-describedby")).toContain("f-summary-error");
    expect(await page.locator("#utp-save-status").textContent()).toContain("Ikke lagret");
  });

  it("tells the second of two editors about the conflict and keeps what they wrote", async () => {
    const first = (await newPage()).page;
    await loginAt(first, "/registrer/", OFFICE_USER);
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
    expect(await second.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe("Sammendraget fra den første veilederen.");
    expect(await second.getByLabel("Din tekst: Kort sammendrag").inputValue()).toBe(mine);
    await second.getByRole("button", { name: "Bruk min tekst" }).click();
    expect(await second.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe(mine);
    await savedStatus(second);
  });

  it("can be filled in with the keyboard alone", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/", OFFICE_USER);
    const focused = () => page.evaluate(() => ({ id: document.activeElement?.id ?? "", text: document.activeElement?.textContent?.trim() ?? "" }));
    const tabTo = async (match: (f: { id: string; text: string }) => boolean) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press("Tab");
        if (match(await focused())) return;
      }
      throw new Error("Fant ikke elementet med tabulator");
    };
    await tabTo((f) => f.id === "f-title");
    await page.keyboard.type("Tastaturutprøving for unge");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Laget bare med tastaturet.");
    await tabTo((f) => f.id === "f-trialStatus");
    // Typing on a focused select picks the option that starts with what was typed.
    await page.keyboard.type("Planlagt");
    expect(await page.locator("#f-trialStatus").inputValue()).toBe("planlagt");
    await tabTo((f) => f.text === "Neste: Målgruppe og tiltak");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await focused()).text).toBe("2. Målgruppe og tiltak");
    await tabTo((f) => f.id === "f-targetGroups--unge-under-30");
    await page.keyboard.press("Space");
    expect(await page.locator("#f-targetGroups--unge-under-30").isChecked()).toBe(true);
    await tabTo((f) => f.text === "Neste: Samarbeid");
    await page.keyboard.press("Enter");
    await tabTo((f) => f.text === "Legg til samarbeidspartner");
    await page.keyboard.press("Enter");
    // Adding a row moves focus to its first field.
    await expect.poll(async () => (await focused()).id).toBe("f-partners-0-name");
    await page.keyboard.type("Frivilligsentralen");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Frivillig");
    expect(await page.locator("#f-partners-0-type").inputValue()).toBe("frivillig-organisasjon");
    await savedStatus(page);
    expect(await page.getByLabel("Tittel").inputValue()).toBe("Tastaturutprøving for unge");
  });
});

describe("starting from another office's trial and logging in again", () => {
  it("«Vil du prøve dette?» starts a copy for your own office with the original's method and groups", async () => {
    const { page } = await newPage();
    const res = await fetch(`${hub.url}/data/utprovinger.json`);
    const pilots = ((await res.json()) as { items?: { id: string; slug: string; officeId: string; title: string }[] }).items ?? [];
    const original = pilots.find((p) => p.officeId !== OFFICE);
    if (!original) throw new Error("No published trial from another office in the sample data");
    await loginAt(page, "/mine/", OFFICE_USER);
    await page.goto(`${hub.url}/utproving/${original.slug}/`);
    await page.getByRole("link", { name: "Vil du prøve dette?" }).click();
    await page.getByText(`Du starter en ny utprøving for ditt kontor etter «${original.title}»`).waitFor();
    expect(await page.locator("#f-targetGroups input:checked").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "1 Om utprøvingen" }).click();
    await page.getByLabel("Tittel").fill(`Vi prøver også: ${original.title}`.slice(0, 200));
    const created = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/api/pilots");
    const response = await created;
    expect(response.status()).toBe(201);
    const body = (await response.json()) as { officeId: string; content: { replicatesPilotId?: string; targetGroups?: string[] } };
    expect(body.officeId).toBe(OFFICE);
    expect(body.content.replicatesPilotId).toBe(original.id);
    expect(body.content.targetGroups?.length).toBeGreaterThan(0);
  });

  it("sends an expired login back to the login page and keeps what was typed", async () => {
    const { page } = await newPage();
    await loginAt(page, "/registrer/", OFFICE_USER);
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
    await page.waitForURL(/\/oidc\/authorize/, { timeout: 15_000 });
    await page.selectOption("#sub", OFFICE_USER);
    await page.getByRole("button", { name: "Logg inn" }).click();
    await page.waitForURL((url) => url.pathname === "/registrer/" && url.searchParams.get("id") === id);
    await page.getByText("Du ble logget inn på nytt").waitFor();
    expect(await page.getByLabel("Kort sammendrag", { exact: true }).inputValue()).toBe(typed);
    await savedStatus(page);
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violations on the forms and curator pages", async () => {
    const office = (await newPage({ forAxe: true })).page;
    await loginAt(office, "/registrer/", OFFICE_USER);
    const results: Record<string, string[]> = {};
    results["/registrer/"] = await axe(office);
    // With errors showing: the error summary and invalid fields.
    await office.getByLabel("Tittel").fill("Tilgjengelighetssjekk");
    await office.getByRole("button", { name: "8 Kontakt" }).click();
    await office.getByRole("button", { name: "Send til vurdering" }).click();
    await office.locator("#utp-error-summary").waitFor();
    results["/registrer/ (med feil)"] = await axe(office);
    for (const step of ["2 Målgruppe og tiltak", "7 Resultater"]) {
      await office.getByRole("button", { name: step }).click();
      results[`/registrer/ (${step})`] = await axe(office);
    }
    await office.goto(`${hub.url}/mine/`);
    await office.getByRole("heading", { level: 1, name: "Mine utprøvinger" }).waitFor();
    results["/mine/"] = await axe(office);

    const curator = (await newPage({ forAxe: true })).page;
    await loginAt(curator, "/kurator/", CURATOR);
    await curator.getByRole("heading", { level: 1, name: "Vurderingskø" }).waitFor();
    results["/kurator/"] = await axe(curator);
    // A trial waiting in the queue (with the publish form), and the story's published one.
    const queued = (await curator.locator("table a").first().getAttribute("href"))?.split("id=")[1];
    for (const reviewId of [queued, storyPilotId].filter(Boolean)) {
      await curator.goto(`${hub.url}/kurator/vurder/?id=${reviewId}`);
      await curator.getByRole("heading", { level: 2, name: "Planlagte og rapporterte resultater" }).waitFor();
      results[`/kurator/vurder/?id=${reviewId}`] = await axe(curator);
    }
    await curator.goto(`${hub.url}/kurator/metoder/`);
    await curator.getByRole("heading", { level: 1, name: "Metoder" }).waitFor();
    results["/kurator/metoder/"] = await axe(curator);
    await curator.goto(`${hub.url}/kurator/resultater/`);
    await curator.getByRole("heading", { level: 1, name: "Utprøvinger som mangler resultater" }).waitFor();
    results["/kurator/resultater/"] = await axe(curator);

    for (const [page, violations] of Object.entries(results)) expect(violations, page).toEqual([]);
  });

  it("keeps the reading pages free of JavaScript", async () => {
    const published = ((await (await fetch(`${hub.url}/data/utprovinger.json`)).json()) as { items: { slug: string }[] }).items;
    for (const path of ["metode/index.html", "kunnskapskart/index.html", "statistikk/index.html", `utproving/${published[0]?.slug ?? ""}/index.html`]) {
      expect(readFileSync(join(siteDir, path), "utf8"), path).not.toMatch(/<script[\s>]/);
    }
  });
});

describe("following up after publication", () => {
  it("lets the office ask for a new rating and the curator answer it", async () => {
    if (!storyPilotId) throw new Error("The story test publishes the trial this test needs");
    const office = (await newPage()).page;
    await loginAt(office, "/mine/", OFFICE_USER);
    await office.getByText("Be om ny vurdering av kunnskapsgrunnlaget").first().click();
    const comment = office.getByLabel("Hvorfor bør vurderingen endres?").first();
    await comment.fill("Vi har nå tall for 24 deltakere etter seks måneder, så nivå 2 passer bedre.");
    await office.getByRole("button", { name: "Send forespørselen" }).first().click();
    await expect.poll(() => office.locator("details[open] [role=status]").first().textContent()).toContain("Forespørselen er sendt");

    const curator = (await newPage()).page;
    await loginAt(curator, "/kurator/", CURATOR);
    const request = curator.getByRole("region", { name: /Forespørsel: Mentorløypa/ });
    await request.getByText("nivå 2 passer bedre").waitFor();
    await request.getByLabel("Vurderingen endres").check();
    await request.getByLabel(/^2 Lovende/).check();
    await request.getByLabel("Retning på resultatet").selectOption("positiv");
    await request.getByLabel("Begrunnelse til kontoret").fill("Enig: tallene gir nivå 2.");
    await request.getByRole("button", { name: "Send svaret" }).click();
    await request.getByText("Svaret er sendt til kontoret").waitFor();
  });

  it("shows the office its overdue results with a direct link to report them", async () => {
    const curator = (await newPage()).page;
    await loginAt(curator, "/kurator/resultater/", CURATOR);
    await curator.getByRole("heading", { level: 1, name: "Utprøvinger som mangler resultater" }).waitFor();
    const due = await curator.evaluate(async () => {
      const tokens = JSON.parse(sessionStorage.getItem("utp:tokens") ?? "{}") as { idToken?: string };
      const res = await fetch("/api/results-due", { headers: { authorization: `Bearer ${tokens.idToken ?? ""}` } });
      return ((await res.json()) as { items: { id: string; officeId: string; title: string }[] }).items;
    });
    expect(due.length).toBeGreaterThan(0);
    expect(await curator.locator("tbody tr").count()).toBe(due.length);
    const first = due[0]!;

    const office = (await newPage()).page;
    await loginAt(office, "/mine/", `kontor-${first.officeId}`);
    await office.getByText(/mangler resultater/).first().waitFor();
    await office.getByRole("link", { name: `Rapporter resultater for «${first.title}»` }).click();
    await office.waitForURL((url) => url.searchParams.get("steg") === "resultater");
    await office.getByRole("heading", { level: 2, name: "7. Resultater" }).waitFor();
    expect(await office.getByRole("heading", { level: 2, name: "7. Resultater" }).isVisible()).toBe(true);
  });

  it("lets a curator mark a method as recommended and merge two methods", async () => {
    const curator = (await newPage()).page;
    await loginAt(curator, "/kurator/metoder/", CURATOR);
    const card = curator.locator("li.utp-card").filter({ has: curator.locator("summary", { hasText: "Mentor fra arbeidslivet" }) });
    await card.locator("summary").click();
    await card.getByLabel("Anbefalt for spredning").check();
    await card.getByLabel("Begrunnelse for anbefalingen").fill("Lovende resultater fra flere kontorer.");
    await card.getByRole("button", { name: "Lagre metoden" }).click();
    await card.getByText(/Lagret kl\./).waitFor();

    await curator.locator("#f-new-name").fill("Mentorordning (dublett)");
    await curator.getByRole("button", { name: "Opprett metoden" }).click();
    const duplicate = curator.locator("li.utp-card").filter({ has: curator.locator("summary", { hasText: "Mentorordning (dublett)" }) });
    await duplicate.locator("summary").click();
    await duplicate.getByLabel(/Slå «Mentorordning \(dublett\)» sammen med/).selectOption({ label: "Mentor fra arbeidslivet" });
    await duplicate.getByRole("button", { name: "Slå sammen" }).click();
    await expect.poll(() => curator.locator("summary", { hasText: "Mentorordning (dublett)" }).count()).toBe(0);
  });

  it("logs out through the issuer's end-session endpoint", async () => {
    const { page } = await newPage();
    await loginAt(page, "/mine/", OFFICE_USER);
    await page.locator("#utp-user").getByRole("button", { name: "Logg ut" }).click();
    // The local issuer ends the session and sends the browser back to the front page.
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto(`${hub.url}/mine/`);
    await page.waitForURL(/\/oidc\/authorize/);
    expect(await page.evaluate(() => sessionStorage.getItem("utp:tokens"))).toBeNull();
  });
});

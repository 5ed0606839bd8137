import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { HEADER_FIT_SCRIPT } from "../../site/src/lib/header-fit.ts";
import { seriousAxeViolations, shot } from "./harness.ts";
import {
  ALL_STEPS,
  CURATOR,
  OFFICE,
  OFFICE_LOGIN,
  OFFICE_NAME,
  OFFICE_USER,
  WIDTHS,
  focused,
  forms,
  loginAt,
  newPage,
  nextStep,
  openStep,
  pilotIdFrom,
  savedStatus,
  useFormStories,
} from "./office-forms.ts";

/**
 * An office registers a trial and a curator publishes it, in a real browser against the whole local hub: the API,
 * the local OpenID Connect issuer (its real login page), DynamoDB Local and the site, rebuilt after the publish.
 * Then every step of the form and the curators' pages against axe at both widths, and the reading pages' scripts.
 * `npm run screenshots` writes screenshots of every step at 1280 and 390 px to `test-results/screenshots/` (git-ignored).
 */
/** What 40 planned participants and 30 % without the trial can detect (power.prop.test(n = 40, p1 = 0.3) gives 30.7 points). */
const DESIGN_SENTENCE =
  "Med 40 deltakere og 30 % uten tiltaket kan utprøvingen bare påvise en forskjell på minst 31 prosentpoeng med en like stor sammenligningsgruppe, eller 21 prosentpoeng mot et kjent nivå uten.";

useFormStories();

const axe = seriousAxeViolations;

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
    await page.goto(`${forms.base}/`);
    await page.goto(`${forms.base}/registrer/`);
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
    await curator.goto(`${forms.base}/kurator/vurder/?id=${pilotId}`);
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
          const res = await fetch(`${forms.base}/data/utprovinger.json`);
          return res.ok ? (await res.text()).includes(title) : false;
        },
        { timeout: 180_000, interval: 1000 },
      )
      .toBe(true);
    await forms.hub?.rebuilder?.idle();
    await search.goto(`${forms.base}/?q=${encodeURIComponent("Mentorløypa")}`);
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
      await office.goto(`${forms.base}/mine/`);
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
        await curator.goto(`${forms.base}/kurator/vurder/?id=${reviewId}`);
        await curator.getByRole("heading", { level: 2, name: "Planlagte og rapporterte resultater" }).waitFor();
        await shot(curator, `kurator-vurder-${n + 1}-${width}`);
        results[`/kurator/vurder/?id=${reviewId} (${width})`] = await axe(curator);
      }
      await curator.goto(`${forms.base}/kurator/metoder/`);
      await curator.getByRole("heading", { level: 1, name: "Metoder" }).waitFor();
      await shot(curator, `kurator-metoder-${width}`);
      results[`/kurator/metoder/ (${width})`] = await axe(curator);
      await curator.goto(`${forms.base}/kurator/resultater/`);
      await curator.getByRole("heading", { level: 1, name: "Utprøvinger som mangler resultater" }).waitFor();
      await shot(curator, `kurator-resultater-${width}`);
      results[`/kurator/resultater/ (${width})`] = await axe(curator);
      // Nothing wider than the window at 390 px.
      if (width === 390) expect(await curator.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    for (const [page, violations] of Object.entries(results)) expect(violations, page).toEqual([]);
  });

  it("keeps the reading pages free of framework JavaScript: the header's small script and, on a trial page, «Kopier lenke»'s", async () => {
    const published = ((await (await fetch(`${forms.base}/data/utprovinger.json`)).json()) as { items: { slug: string }[] }).items;
    const trial = `utproving/${published[0]?.slug ?? ""}/index.html`;
    for (const path of ["metode/index.html", "kunnskapskart/index.html", "statistikk/index.html", trial]) {
      const html = readFileSync(join(forms.siteDir, path), "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attributes: m[1] ?? "", text: m[2] ?? "" }));
      expect(scripts.length, path).toBe(path === trial ? 2 : 1);
      let total = 0;
      for (const script of scripts) {
        const src = /src="([^"]+)"/.exec(script.attributes)?.[1];
        // The header's fitting runs inline (allowed by its hash); any other script is a file.
        if (src === undefined) expect(script.text, path).toBe(HEADER_FIT_SCRIPT);
        else expect(src, path).toMatch(/^\/_astro\/.+\.js$/);
        const code = src === undefined ? Buffer.from(script.text) : readFileSync(join(forms.siteDir, src));
        expect(code.toString(), path).not.toMatch(/\bimport\b/);
        total += gzipSync(code).length;
      }
      expect(total, path).toBeLessThan(3 * 1024);
    }
  });
});

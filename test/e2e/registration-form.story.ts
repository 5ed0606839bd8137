import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { shot } from "./harness.ts";
import {
  OFFICE,
  OFFICE_LOGIN,
  OFFICE_USER,
  WIDTHS,
  describedText,
  focused,
  loginAt,
  newPage,
  nextStep,
  openStep,
  pilotIdFrom,
  publishedTrials,
  savedStatus,
  useFormStories,
  visible,
} from "./office-forms.ts";

/**
 * The registration form's own behaviour in a real browser against the whole local hub: the list of what is
 * missing, the guard against a fødselsnummer, two editors at once, the keyboard alone, and the details of its
 * steps (costs, completed steps, similar trials under the title, interim and final results).
 */
/** A valid fødselsnummer (both check digits hold), written as people often do, with a space. */
const IDENTITY_NUMBER = "010190 00008";

useFormStories();

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
    const tabTo = async (match: (f: { id: string; text: string; type: string }) => boolean, limit = 120) => {
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
    // Similar trials may turn up under the title while it is typed, with links and buttons of their own in the
    // tab order: each field is reached by its id, not by a count of Tabs.
    await tabTo(byId("f-summary"));
    await page.keyboard.type("Laget bare med tastaturet.");
    await tabTo(byId("f-need"));
    await page.keyboard.type("Noen bruker ikke mus.");
    // Radio group: Tab enters it, the arrow keys choose.
    await tabTo((f) => f.type === "radio");
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

import { describe, expect, it } from "vitest";
import { verdict } from "../../shared/domain/verdict.ts";
import { shot } from "./harness.ts";
import { OFFICE, OFFICE_USER, forms, loginAt, newPage, openStep, pilotIdFrom, publishedTrials, savedStatus, useFormStories } from "./office-forms.ts";

/**
 * Around the registration form, in a real browser against the whole local hub: starting from what others have
 * tried, an expired login, withdrawing a trial, and where the login sends a user back to.
 */
useFormStories();

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
    await page.goto(`${forms.base}/utproving/${original.slug}/`);
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
    await page.goto(`${forms.base}/mine/`);
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

describe("the login's return address", () => {
  it("sends a logged-in user only to a path of the site, whatever `til` says", async () => {
    const { page, problems } = await newPage();
    await loginAt(page, "/registrer/?ny=1", OFFICE_USER);
    const origin = new URL(forms.base).origin;
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
      await page.goto(`${forms.base}/auth/login/?til=${til}`);
      await page.waitForURL((url) => url.pathname !== "/auth/login/", { timeout: 15_000 }).catch(() => {});
      // Assess
      expect(new URL(page.url()).origin, til).toBe(origin);
      expect(new URL(page.url()).pathname, til).toBe("/");
    }
    await page.goto(`${forms.base}/auth/login/?til=${encodeURIComponent("/mine/")}`);
    await page.waitForURL((url) => url.pathname === "/mine/");
    expect(problems).toEqual([]);
  });
});

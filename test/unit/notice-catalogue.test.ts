import { describe, expect, it } from "vitest";
import { renderDigest, renderNotice } from "../../shared/domain/notices/catalogue.ts";
import { NOTICE_KINDS, isOptional, noticePilot, type NoticeKind } from "../../shared/domain/notices/notice.ts";
import { signUnsubscribeToken, verifyUnsubscribeToken } from "../../shared/domain/notices/unsubscribe-token.ts";
import { storedPilot } from "../../fixtures/stored-pilot.ts";

const SITE = "https://utprovingsbanken.example";
const pilot = noticePilot(storedPilot({ evidence: { strength: 3, direction: "ingen" } }));
const notice = (kind: NoticeKind, details = {}) => ({ kind, eventKey: `k#${kind}`, audience: "office" as const, pilotId: pilot.id, pilot, details });

describe("the notice catalogue", () => {
  it.each(NOTICE_KINDS)("%s has a Norwegian subject, one link in text and HTML, and the unsubscribe link only when optional", (kind) => {
    // Act
    const mail = renderNotice(
      notice(kind, { comment: "Se på <målgruppen>", stage: "30", daysSinceEnd: 31, years: 2, decision: "kept", evidence: { strength: 3, direction: "ingen" } }),
      SITE,
      "tok.en",
    );
    // Assess
    expect(mail.subject).toContain(pilot.title);
    expect(mail.link.startsWith(SITE)).toBe(true);
    expect(mail.text).toContain(mail.link);
    expect(mail.html).toContain(`href="${mail.link.replaceAll("&", "&amp;")}"`);
    expect(mail.html).not.toContain("<målgruppen>");
    expect(mail.text.startsWith("Hei,")).toBe(true);
    expect(Boolean(mail.unsubscribeLink)).toBe(isOptional(kind));
    if (mail.unsubscribeLink) expect(mail.text).toContain(mail.unsubscribeLink);
    else expect(mail.text).toContain("kan ikke slås av");
  });

  it("puts the comment into a changes-requested e-mail and links to the form at the trial", () => {
    const mail = renderNotice(notice("changes_requested", { comment: "Legg til kostnaden" }), SITE);
    expect(mail.text).toContain("> Legg til kostnaden");
    expect(mail.link).toBe(`${SITE}/registrer/?id=${pilot.id}`);
  });

  it("links a results reminder to the results step", () => {
    expect(renderNotice(notice("results_due", { stage: "ended", daysSinceEnd: 1 }), SITE).link).toBe(`${SITE}/registrer/?id=${pilot.id}&steg=resultater`);
  });

  it("shows the rating and the public page in a published notice", () => {
    const mail = renderNotice(notice("published", { evidence: { strength: 3, direction: "ingen" } }), SITE);
    expect(mail.text).toMatch(/nivå 3/);
    expect(mail.link).toBe(`${SITE}/utproving/${pilot.slug}/`);
  });

  it("sends curators to their own notice settings and everyone else to Mine utprøvinger", () => {
    for (const kind of ["submitted", "reconsideration_requested"] as const) {
      const mail = renderNotice({ ...notice(kind), audience: "curators" }, SITE, "tok.en");
      expect(mail.text).toContain(`Velg hvilke varsler du får: ${SITE}/kurator/varsler/`);
      expect(mail.html).toContain(`<a href="${SITE}/kurator/varsler/">Velg hvilke varsler du får</a>`);
      expect(mail.text).not.toContain("/mine/");
    }
    expect(renderNotice(notice("changes_requested"), SITE, "tok.en").text).toContain(`Velg hvilke varsler du får: ${SITE}/mine/#varsler`);
    expect(renderDigest("daily", [{ subject: "A", link: `${SITE}/a` }], SITE, "t").text).toContain(`Velg hvilke varsler du får: ${SITE}/kurator/varsler/`);
    expect(renderDigest("weekly", [{ subject: "A", link: `${SITE}/a` }], SITE, "t").text).toContain(`Velg hvilke varsler du får: ${SITE}/mine/#varsler`);
  });

  it("gathers a digest's entries in one e-mail", () => {
    const mail = renderDigest(
      "daily",
      [
        { subject: "A", link: `${SITE}/a` },
        { subject: "B", link: `${SITE}/b` },
      ],
      SITE,
      "t",
    );
    expect(mail.subject).toContain("2 varsler");
    expect(mail.html).toContain(`href="${SITE}/b"`);
  });
});

describe("unsubscribe tokens", () => {
  const key = Buffer.alloc(32, 7);

  it("carry the address they were signed for", () => {
    expect(verifyUnsubscribeToken(signUnsubscribeToken("kari@nav.example", key), key)).toBe("kari@nav.example");
  });

  it("are refused when changed, signed with another key or malformed", () => {
    const token = signUnsubscribeToken("kari@nav.example", key);
    const [, mac] = token.split(".");
    const forged = `${Buffer.from(JSON.stringify({ a: "ola@nav.example", v: 1 })).toString("base64url")}.${mac}`;
    expect(verifyUnsubscribeToken(forged, key)).toBeUndefined();
    expect(verifyUnsubscribeToken(token, Buffer.alloc(32, 8))).toBeUndefined();
    expect(verifyUnsubscribeToken("not-a-token", key)).toBeUndefined();
    expect(verifyUnsubscribeToken("a.b.c", key)).toBeUndefined();
  });
});

import { evidenceLabel } from "../evidence.ts";
import { escapeXml } from "../xml.ts";
import { isOptional, type NoticeKind, type NoticePilot, type PlannedNotice } from "./notice.ts";

/** Where a notice's one link points, relative to the site. */
export const noticeLinks = {
  review: (id: string) => `/kurator/vurder/?id=${encodeURIComponent(id)}`,
  form: (id: string) => `/registrer/?id=${encodeURIComponent(id)}`,
  resultsStep: (id: string) => `/registrer/?id=${encodeURIComponent(id)}&steg=resultater`,
  firstStep: (id: string) => `/registrer/?id=${encodeURIComponent(id)}&steg=om`,
  publicPage: (slug: string) => `/utproving/${slug}/`,
  mine: "/mine/",
  resultsDue: "/kurator/resultater/",
  unsubscribe: (token: string) => `/varsler/avmeld/?token=${encodeURIComponent(token)}`,
  preferences: "/mine/#varsler",
  /** The curators' own notice settings (their notices are about the review queue, not an office's trials). */
  curatorPreferences: "/kurator/varsler/",
} as const;

/** Where the recipients of a notice choose which notices they get. */
export function preferencesLink(audience: PlannedNotice["audience"]): string {
  return audience === "curators" ? noticeLinks.curatorPreferences : noticeLinks.preferences;
}

export interface RenderedNotice {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** The one link the notice is about (absolute). */
  readonly link: string;
  /** The unsubscribe page with a signed token, on the optional notices. */
  readonly unsubscribeLink?: string | undefined;
}

interface NoticeText {
  readonly subject: string;
  /** Paragraphs of plain text; the HTML version escapes each one. */
  readonly paragraphs: readonly string[];
  /** A quoted comment from a curator or office, shown set apart. */
  readonly quote?: string | undefined;
  readonly linkText: string;
  readonly path: string;
}

function titleOf(pilot: NoticePilot): string {
  return `«${pilot.title}»`;
}

function text(notice: PlannedNotice & { readonly pilot: NoticePilot }): NoticeText {
  const { pilot, details } = notice;
  const title = titleOf(pilot);
  const rating = details.evidence
    ? `Kunnskapsgrunnlag: nivå ${details.evidence.strength}, ${evidenceLabel(details.evidence.strength, details.evidence.direction).toLocaleLowerCase("nb")}.`
    : undefined;
  switch (notice.kind) {
    case "submitted":
      return {
        subject: `Ny utprøving til vurdering: ${pilot.title}`,
        paragraphs: [`Utprøvingen ${title} er sendt inn til vurdering.`],
        linkText: "Vurder utprøvingen",
        path: noticeLinks.review(pilot.id),
      };
    case "reconsideration_requested":
      return {
        subject: `Forespørsel om ny vurdering: ${pilot.title}`,
        paragraphs: [`Kontoret ber om at kunnskapsgrunnlaget for ${title} vurderes på nytt. Begrunnelsen deres:`],
        quote: details.comment,
        linkText: "Se forespørselen",
        path: noticeLinks.review(pilot.id),
      };
    case "changes_requested":
      return {
        subject: `Endringer trengs før publisering: ${pilot.title}`,
        paragraphs: [`Fagansvarlig i Arbeids- og velferdsdirektoratet har sett på ${title} og ber dere gjøre noen endringer før den publiseres. Kommentaren:`],
        quote: details.comment,
        linkText: "Åpne utprøvingen i skjemaet",
        path: noticeLinks.form(pilot.id),
      };
    case "published":
      return {
        subject: `Publisert: ${pilot.title}`,
        paragraphs: [`${title} er publisert i Utprøvingsbanken, så andre NAV-kontorer kan lære av den.`, ...(rating ? [rating] : [])],
        linkText: "Se den publiserte siden",
        path: noticeLinks.publicPage(pilot.slug),
      };
    case "reconsideration_answered":
      return {
        subject: `Svar på forespørselen om ny vurdering: ${pilot.title}`,
        paragraphs: [
          details.decision === "changed"
            ? `Vurderingen av kunnskapsgrunnlaget for ${title} er endret.`
            : `Vurderingen av kunnskapsgrunnlaget for ${title} er beholdt.`,
          ...(rating ? [rating] : []),
          "Begrunnelsen:",
        ],
        quote: details.comment,
        linkText: "Se den publiserte siden",
        path: noticeLinks.publicPage(pilot.slug),
      };
    case "withdrawn":
      return {
        subject: `Trukket tilbake: ${pilot.title}`,
        paragraphs: [`${title} er trukket tilbake. Den er ikke slettet, og historikken er tatt vare på. Begrunnelsen:`],
        quote: details.comment,
        linkText: "Se kontorets utprøvinger",
        path: noticeLinks.mine,
      };
    case "results_due": {
      const lead =
        details.stage === "ended"
          ? `Sluttdatoen for ${title} er passert. Nå er det tid for å fortelle hvordan det gikk – også om det ikke virket.`
          : `Det er ${details.daysSinceEnd ?? ""} dager siden ${title} skulle vært ferdig, og resultatene mangler fortsatt.`;
      return {
        subject: details.stage === "ended" ? `Tid for resultater: ${pilot.title}` : `Påminnelse: resultatene mangler for ${pilot.title}`,
        paragraphs: [
          lead,
          "Andre kontorer lærer like mye av det som ikke virket som av det som virket. Varer utprøvingen lenger enn planlagt, kan dere endre sluttdatoen i samme skjema.",
          ...(details.stage === "90" ? ["Fagansvarlige i direktoratet har fått beskjed om at resultatene mangler."] : []),
        ],
        linkText: "Legg inn resultatene",
        path: noticeLinks.resultsStep(pilot.id),
      };
    }
    case "results_overdue_curators":
      return {
        subject: `Resultater mangler etter 90 dager: ${pilot.title}`,
        paragraphs: [
          `Det er ${details.daysSinceEnd ?? ""} dager siden ${title} skulle vært ferdig, og kontoret har ikke lagt inn resultater. Kontaktpersonen og den som registrerte utprøvingen, har fått påminnelser.`,
        ],
        linkText: "Se utprøvinger som mangler resultater",
        path: noticeLinks.resultsDue,
      };
    case "still_running":
      return {
        subject: `Pågår utprøvingen fortsatt? ${pilot.title}`,
        paragraphs: [
          `${title} har pågått i ${details.years === 1 ? "ett år" : `${details.years ?? ""} år`} uten sluttdato. Pågår den fortsatt?`,
          "Oppdater status, legg inn en planlagt sluttdato, eller legg inn delresultater dere har så langt.",
        ],
        linkText: "Oppdater utprøvingen",
        path: noticeLinks.firstStep(pilot.id),
      };
    case "followed_published":
      return {
        subject: `Ny utprøving du følger: ${pilot.title}`,
        paragraphs: [`En ny utprøving av en metode eller målgruppe du følger, er publisert: ${title}.`, ...(rating ? [rating] : [])],
        linkText: "Les utprøvingen",
        path: noticeLinks.publicPage(pilot.slug),
      };
  }
}

const FOOTER_REMINDER = "Påminnelser om resultater kan ikke slås av; de stopper når resultatene er lagt inn.";

/**
 * The e-mail for one notice, in Norwegian, as plain text and HTML with the same content: one clear link,
 * nothing about NAV's users (a trial holds none), and an unsubscribe link on the optional notices.
 */
export function renderNotice(notice: PlannedNotice & { readonly pilot: NoticePilot }, siteUrl: string, unsubscribeToken?: string): RenderedNotice {
  const t = text(notice);
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const link = absolute(t.path);
  const optional = isOptional(notice.kind);
  const unsubscribe = optional && unsubscribeToken ? absolute(noticeLinks.unsubscribe(unsubscribeToken)) : undefined;
  const preferences = absolute(preferencesLink(notice.audience));
  const footer = optional
    ? [
        `Du får denne e-posten fordi du er ${audienceText(notice.kind)}.`,
        ...(unsubscribe ? [`Vil du ikke ha slike varsler? Meld deg av: ${unsubscribe}`] : []),
        `Velg hvilke varsler du får: ${preferences}`,
      ]
    : [`Du får denne e-posten fordi du er ${audienceText(notice.kind)}.`, FOOTER_REMINDER];

  const plain = [
    "Hei,",
    "",
    ...t.paragraphs.flatMap((p) => [p, ""]),
    ...(t.quote ? [...t.quote.split("\n").map((line) => `> ${line}`), ""] : []),
    `${t.linkText}: ${link}`,
    "",
    "Hilsen Utprøvingsbanken, Arbeids- og velferdsdirektoratet",
    "",
    "--",
    ...footer,
    "",
  ].join("\n");

  const x = escapeXml;
  const html = [
    "<!doctype html>",
    '<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>' + x(t.subject) + "</title></head>",
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #23262a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    "<p>Hei,</p>",
    ...t.paragraphs.map((p) => `<p>${x(p)}</p>`),
    ...(t.quote
      ? [`<blockquote style="border-left: 4px solid #0067c5; margin: 1em 0; padding: 0.25em 1em; white-space: pre-line;">${x(t.quote)}</blockquote>`]
      : []),
    `<p><a href="${x(link)}" style="display: inline-block; background: #0067c5; color: #ffffff; padding: 0.6em 1.2em; border-radius: 4px; text-decoration: none; font-weight: bold;">${x(t.linkText)}</a></p>`,
    "<p>Hilsen Utprøvingsbanken, Arbeids- og velferdsdirektoratet</p>",
    '<hr style="border: none; border-top: 1px solid #cfd3d8;">',
    '<p style="font-size: 14px; color: #49515e;">',
    optional
      ? [
          x(`Du får denne e-posten fordi du er ${audienceText(notice.kind)}.`),
          ...(unsubscribe ? [`<a href="${x(unsubscribe)}">Meld deg av slike varsler</a>`] : []),
          `<a href="${x(preferences)}">Velg hvilke varsler du får</a>`,
        ].join("<br>")
      : [x(`Du får denne e-posten fordi du er ${audienceText(notice.kind)}.`), x(FOOTER_REMINDER)].join("<br>"),
    "</p>",
    "</body></html>",
  ].join("\n");

  return { subject: t.subject, text: plain, html, link, ...(unsubscribe ? { unsubscribeLink: unsubscribe } : {}) };
}

function audienceText(kind: NoticeKind): string {
  switch (kind) {
    case "submitted":
    case "reconsideration_requested":
    case "results_overdue_curators":
      return "fagansvarlig for Utprøvingsbanken";
    case "followed_published":
      return "følger av en metode eller målgruppe";
    default:
      return "kontaktperson for eller har registrert utprøvingen";
  }
}

/** One e-mail gathering the notices queued for a daily (curators) or weekly (followers) digest. */
export function renderDigest(
  rhythm: "daily" | "weekly",
  entries: readonly { readonly subject: string; readonly link: string }[],
  siteUrl: string,
  unsubscribeToken: string,
): RenderedNotice {
  const absolute = (path: string) => new URL(path, siteUrl).href;
  const subject =
    rhythm === "daily"
      ? `Utprøvingsbanken i dag: ${entries.length} ${entries.length === 1 ? "varsel" : "varsler"}`
      : `Utprøvingsbanken denne uken: ${entries.length} ${entries.length === 1 ? "ny utprøving" : "nye utprøvinger"} du følger`;
  const link = absolute(rhythm === "daily" ? "/kurator/" : "/");
  const unsubscribe = absolute(noticeLinks.unsubscribe(unsubscribeToken));
  // The daily digest gathers the curators' notices; the weekly one a follower's.
  const preferences = absolute(preferencesLink(rhythm === "daily" ? "curators" : "followers"));
  const intro =
    rhythm === "daily" ? "Dette har skjedd siden forrige oppsummering:" : "Disse utprøvingene av metoder og målgrupper du følger, er publisert denne uken:";
  const text = [
    "Hei,",
    "",
    intro,
    "",
    ...entries.map((e) => `- ${e.subject}\n  ${e.link}`),
    "",
    "Hilsen Utprøvingsbanken, Arbeids- og velferdsdirektoratet",
    "",
    "--",
    `Meld deg av: ${unsubscribe}`,
    `Velg hvilke varsler du får: ${preferences}`,
    "",
  ].join("\n");
  const x = escapeXml;
  const html = [
    "<!doctype html>",
    `<html lang="nb"><head><meta charset="utf-8"><title>${x(subject)}</title></head>`,
    '<body style="font-family: Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #23262a; max-width: 40em; margin: 0 auto; padding: 1em;">',
    `<p>Hei,</p><p>${x(intro)}</p>`,
    "<ul>",
    ...entries.map((e) => `<li><a href="${x(e.link)}">${x(e.subject)}</a></li>`),
    "</ul>",
    "<p>Hilsen Utprøvingsbanken, Arbeids- og velferdsdirektoratet</p>",
    `<hr style="border: none; border-top: 1px solid #cfd3d8;"><p style="font-size: 14px; color: #49515e;"><a href="${x(unsubscribe)}">Meld deg av slike varsler</a><br><a href="${x(preferences)}">Velg hvilke varsler du får</a></p>`,
    "</body></html>",
  ].join("\n");
  return { subject, text, html, link, unsubscribeLink: unsubscribe };
}

import type { NoticeStore } from "../ports/stores.ts";
import type { SentNotice } from "../../domain/notices/sent-notice.ts";
import type { Pilot } from "../../domain/pilot.ts";
import { renderDigest, renderNotice } from "../../domain/notices/catalogue.ts";
import type { Mailer } from "../ports/mailer.ts";
import { isOptional, noticePilot, type NoticePilot, type PlannedNotice } from "../../domain/notices/notice.ts";
import { normalAddress } from "../../domain/notices/preferences.ts";
import { signUnsubscribeToken } from "../../domain/notices/unsubscribe-token.ts";

export interface NotifierDeps {
  readonly notices: NoticeStore;
  /** Reads a trial (for notices planned without one, e.g. a reconsideration). */
  readonly loadPilot: (id: string) => Promise<Pilot | undefined>;
  readonly mailer: Mailer;
  /** The site's public base URL, for the links. */
  readonly siteUrl: string;
  /** The curators' addresses (a shared mailbox in production, the dev curators locally). */
  readonly curators: () => Promise<readonly string[]>;
  /** A trial author's work e-mail; default: the profile kept when they last used their notice settings. */
  readonly authorEmail?: (sub: string) => Promise<string | undefined>;
  readonly clock?: () => Date;
}

export interface DeliveryReport {
  readonly sent: { readonly to: string; readonly kind: string; readonly eventKey: string; readonly subject: string }[];
  /** Already sent (or queued) before: the retry or rerun sent nothing. */
  readonly duplicates: number;
  /** Turned off by the recipient, or nobody to send to. */
  readonly skipped: number;
  readonly queuedForDigest: number;
  readonly failed: { readonly to: string; readonly eventKey: string; readonly error: string }[];
}

interface Recipient {
  readonly to: string;
  readonly role: SentNotice["role"];
  readonly digest?: "daily" | "weekly" | undefined;
}

/**
 * Sends planned notices: finds the recipients, honours their preferences, claims each (event, address) key
 * before sending, and gives the claim back when sending fails so that a retry sends it. Every notice is tried;
 * failures are reported together (the caller throws, and the stream or schedule retries).
 */
export function createNotifier(deps: NotifierDeps) {
  const now = () => (deps.clock ?? (() => new Date()))().toISOString();
  let key: Buffer | undefined;

  async function recipients(notice: PlannedNotice, pilot: NoticePilot): Promise<Recipient[]> {
    const found: Recipient[] = [];
    if (notice.audience === "office") {
      if (pilot.contactEmail) found.push({ to: pilot.contactEmail, role: "kontakt" });
      const author = await (deps.authorEmail ?? ((sub: string) => deps.notices.profileEmail(sub)))(pilot.createdBy.sub);
      if (author) found.push({ to: author, role: "forfatter" });
    } else if (notice.audience === "curators") {
      for (const to of await deps.curators()) {
        const prefs = await deps.notices.preferences(to);
        const digest = prefs.curatorDelivery === "daily" && isOptional(notice.kind) ? "daily" : undefined;
        found.push({ to, role: "kurator", digest });
      }
    } else {
      const lists = await Promise.all([
        ...(pilot.methodId ? [deps.notices.followers("method", pilot.methodId)] : []),
        ...pilot.targetGroups.map((group) => deps.notices.followers("target-group", group)),
      ]);
      for (const follower of lists.flat()) {
        found.push({ to: follower.to, role: "folger", digest: follower.delivery === "weekly" ? "weekly" : undefined });
      }
    }
    // One notice per address, even when it is both contact and author or follows both the method and a group.
    const seen = new Map<string, Recipient>();
    for (const r of found) {
      const to = normalAddress(r.to);
      // A redacted address (".invalid", RFC 2606) is kept in its field's format but never written to.
      if (to.endsWith(".invalid")) continue;
      const before = seen.get(to);
      if (!before || (before.digest && !r.digest)) seen.set(to, { ...r, to });
    }
    return [...seen.values()];
  }

  async function deliver(planned: readonly PlannedNotice[]): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: [], duplicates: 0, skipped: 0, queuedForDigest: 0, failed: [] };
    const counts = { duplicates: 0, skipped: 0, queuedForDigest: 0 };
    for (const notice of planned) {
      let pilot = notice.pilot;
      if (!pilot) {
        const loaded = await deps.loadPilot(notice.pilotId);
        if (!loaded) {
          counts.skipped++;
          continue;
        }
        pilot = noticePilot(loaded);
      }
      const subject = { ...notice, pilot };
      for (const recipient of await recipients(notice, pilot)) {
        if (isOptional(notice.kind) && recipient.role !== "kurator" && recipient.role !== "folger") {
          const prefs = await deps.notices.preferences(recipient.to);
          if (!prefs.reviewNotices) {
            counts.skipped++;
            continue;
          }
        }
        key ??= await deps.notices.unsubscribeKey();
        const token = signUnsubscribeToken(recipient.to, key);
        const rendered = renderNotice(subject, deps.siteUrl, token);
        const record = {
          eventKey: notice.eventKey,
          kind: notice.kind,
          pilotId: pilot.id,
          officeId: pilot.officeId,
          title: pilot.title,
          to: recipient.to,
          role: recipient.role,
          subject: rendered.subject,
        };
        const at = now();
        if (recipient.digest) {
          if (await deps.notices.claim({ ...record, status: "digest" }, at)) {
            await deps.notices.queueDigest({
              to: recipient.to,
              rhythm: recipient.digest,
              at,
              eventKey: notice.eventKey,
              subject: rendered.subject,
              link: rendered.link,
            });
            counts.queuedForDigest++;
          } else {
            counts.duplicates++;
          }
          continue;
        }
        if (!(await deps.notices.claim(record, at))) {
          counts.duplicates++;
          continue;
        }
        try {
          const out = await deps.mailer.send({
            to: recipient.to,
            subject: rendered.subject,
            text: rendered.text,
            html: rendered.html,
            unsubscribeUrl: rendered.unsubscribeLink,
            tags: { kind: notice.kind },
          });
          await deps.notices.markSent(notice.eventKey, recipient.to, out.messageId, now());
          report.sent.push({ to: recipient.to, kind: notice.kind, eventKey: notice.eventKey, subject: rendered.subject });
        } catch (error) {
          await deps.notices.release(notice.eventKey, recipient.to);
          report.failed.push({ to: recipient.to, eventKey: notice.eventKey, error: error instanceof Error ? error.message : String(error) });
        }
      }
    }
    return { ...report, ...counts };
  }

  /**
   * Sends each address its queued digest entries in one e-mail. The digest of a day has its own key per
   * address, so a rerun the same day sends nothing; entries leave the queue once their digest is sent.
   */
  async function sendDigests(rhythm: "daily" | "weekly", date: string): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: [], duplicates: 0, skipped: 0, queuedForDigest: 0, failed: [] };
    let duplicates = 0;
    const byAddress = new Map<string, Awaited<ReturnType<NoticeStore["pendingDigests"]>>>();
    for (const entry of await deps.notices.pendingDigests(rhythm)) byAddress.set(entry.to, [...(byAddress.get(entry.to) ?? []), entry]);
    for (const [to, entries] of byAddress) {
      key ??= await deps.notices.unsubscribeKey();
      const rendered = renderDigest(rhythm, entries, deps.siteUrl, signUnsubscribeToken(to, key));
      const eventKey = `digest#${rhythm}#${date}`;
      const record = {
        eventKey,
        kind: entries.length > 0 && rhythm === "weekly" ? ("followed_published" as const) : ("submitted" as const),
        pilotId: "-",
        officeId: "-",
        title: rendered.subject,
        to,
        role: rhythm === "weekly" ? ("folger" as const) : ("kurator" as const),
        subject: rendered.subject,
      };
      if (!(await deps.notices.claim(record, now()))) {
        duplicates++;
        continue;
      }
      try {
        const out = await deps.mailer.send({
          to,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          unsubscribeUrl: rendered.unsubscribeLink,
          tags: { kind: `digest-${rhythm}` },
        });
        await deps.notices.markSent(eventKey, to, out.messageId, now());
        for (const entry of entries) await deps.notices.removeDigestEntry(entry);
        report.sent.push({ to, kind: `digest-${rhythm}`, eventKey, subject: rendered.subject });
      } catch (error) {
        await deps.notices.release(eventKey, to);
        report.failed.push({ to, eventKey, error: error instanceof Error ? error.message : String(error) });
      }
    }
    return { ...report, duplicates };
  }

  return { deliver, recipients, sendDigests };
}

export type Notifier = ReturnType<typeof createNotifier>;

/**
 * What a redaction changes, worked out as domain values from everything the table keeps of a trial: the
 * record, every revision (snapshots, the conversation's notes, who wrote them), the public record or its
 * tombstone, the reconsideration requests, the notices sent about it and the digest entries waiting to be
 * sent. The store only writes what this returns (`RedactionStore` in `pilot-workflow.ts`).
 *
 * The redacted fields' values, as every kept version held them, become terms that are replaced in every
 * string of every one of those items (`redaction-terms.ts`). The trial gets a new address when the title
 * changed, or its old address holds a term or an identity number; the old one is kept only as a hash.
 */
import { PilotContentSchema, type Pilot } from "../domain/pilot.ts";
import type { Reconsideration } from "../domain/reconsideration.ts";
import type { Revision } from "../domain/revision.ts";
import { pilotSlug, slugHash } from "../domain/slug.ts";
import type { SentNotice } from "../domain/notices/sent-notice.ts";
import { containsIdentityNumber } from "../domain/privacy/identity-number.ts";
import { fitToSchema, redactContent, REDACTED, type RedactionSpec } from "../domain/privacy/redaction.ts";
import { holdsTerm, redactDeep, stringsAt, termRules, type TermRules } from "../domain/privacy/redaction-terms.ts";
import { toPublicPilot } from "../domain/public-trial/projection.ts";

/** A digest entry waiting for its recipient's summary e-mail (`DigestEntrySchema`). */
export interface PendingDigest {
  readonly to: string;
  readonly rhythm: "daily" | "weekly";
  readonly at: string;
  readonly eventKey: string;
  readonly subject: string;
  readonly link: string;
}

/** Everything the table keeps of a trial besides its record. */
export interface RedactionSources {
  readonly revisions: readonly Revision[];
  readonly publicRecord?: { readonly deleted: boolean; readonly data: Record<string, unknown> } | undefined;
  readonly reconsiderations: readonly Reconsideration[];
  /** The sent-notice log's entries about the trial. */
  readonly notices: readonly SentNotice[];
  /** Digest entries of those notices still waiting to be sent. */
  readonly digests: readonly PendingDigest[];
}

/** What the redaction writes besides the record and its new revision. */
export interface RedactionWrites {
  readonly revisions: readonly Revision[];
  readonly publicRecord?: { readonly deleted: boolean; readonly data: Record<string, unknown> } | undefined;
  readonly reconsiderations: readonly Reconsideration[];
  /** Rewritten log entries; `before` is kept for its key (the address may change). */
  readonly notices: readonly { readonly before: SentNotice; readonly after: SentNotice }[];
  /** Rewritten digest entries; without `after` the entry is dropped (it was for a redacted address). */
  readonly digests: readonly { readonly before: PendingDigest; readonly after?: PendingDigest | undefined }[];
  /** The hash of the address taken away, to answer 410 Gone; the address itself is not kept. */
  readonly goneSlugHash?: string | undefined;
  readonly figures: RedactionFigures;
}

export interface RedactionFigures {
  /** Strings rewritten in the current record. */
  readonly fieldsRedacted: number;
  /** Kept revisions that changed (the new redaction entry not counted). */
  readonly revisionsTouched: number;
  /** Items written: the record, its new revision and every rewritten or removed item. */
  readonly itemsWritten: number;
  /** Whether the trial got a new address (its old one answers 410 Gone). */
  readonly slugReplaced: boolean;
}

/** The address an e-mail to a redacted address is logged under: never deliverable (RFC 2606). */
const redactedAddress = (n: number) => `fjernet-${n}@fjernet.invalid`;

/** A slug from the redacted title, never one that holds an identity number or is the old one. */
function newSlugFor(title: string, id: string, old: string): string {
  const slug = pilotSlug(title.replaceAll(REDACTED, "fjernet"), id);
  const fallback = `fjernet-${id.slice(-6).toLowerCase()}`;
  return containsIdentityNumber(slug) || slug === old ? fallback : slug;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface RedactionInput {
  readonly current: Pilot;
  readonly sources: RedactionSources;
  readonly spec: RedactionSpec;
  readonly now: string;
}

/**
 * The redacted record (without its new version stamp) and everything else to write. Pure: the caller stamps
 * the version and the revision entry.
 */
export function planRedaction({ current, sources, spec, now }: RedactionInput): {
  pilot: Pilot;
  writes: Omit<RedactionWrites, "figures"> & { figures: Omit<RedactionFigures, "itemsWritten"> };
} {
  // The terms: every string the redacted fields held in any kept version or the public record.
  const values = new Set<string>();
  const contents = [current.content, ...sources.revisions.map((r) => r.snapshot.content), ...(sources.publicRecord ? [sources.publicRecord.data] : [])];
  for (const pointer of spec.fields) for (const content of contents) for (const text of stringsAt(content, pointer)) values.add(text);
  const plain = termRules(values, spec.identityNumbers);

  // The current record first: its redacted title decides the new address.
  const { title } = redactDeep(redactContent(current.content, spec).content, plain) as Pilot["content"];
  const slugReplaced = title !== current.content.title || holdsTerm(current.slug, plain) || containsIdentityNumber(current.slug);
  const slug = slugReplaced ? newSlugFor(title, current.id, current.slug) : current.slug;
  const rules: TermRules = { ...plain, renames: slugReplaced ? [[current.slug, slug]] : [] };

  const redactPilot = (pilot: Pilot, counter = { n: 0 }): Pilot => {
    const content = redactContent(pilot.content, spec);
    counter.n += content.changed;
    const deep = redactDeep({ ...pilot, content: content.content }, rules, counter) as Pilot;
    const fitted = fitToSchema(deep.content, PilotContentSchema) as Pilot["content"];
    // A kept version's address that held a term becomes the trial's address.
    const ownSlug = deep.slug.includes(REDACTED) || containsIdentityNumber(deep.slug) || deep.slug !== pilot.slug ? slug : pilot.slug;
    return { ...deep, content: fitted, slug: ownSlug };
  };

  const counter = { n: 0 };
  const pilot = redactPilot(current, counter);

  const revisions: Revision[] = [];
  const redactedSnapshots = new Map<number, Pilot>();
  for (const revision of sources.revisions) {
    const snapshot = redactPilot(revision.snapshot);
    const { snapshot: _s, ...rest } = revision;
    const redacted: Revision = { ...(redactDeep(rest, rules) as Omit<Revision, "snapshot">), snapshot };
    redactedSnapshots.set(revision.version, snapshot);
    if (!same(redacted, revision)) revisions.push(redacted);
  }

  let publicRecord: RedactionWrites["publicRecord"];
  if (sources.publicRecord) {
    const published =
      current.publishedVersion !== undefined
        ? current.publishedVersion === current.version
          ? pilot
          : redactedSnapshots.get(current.publishedVersion)
        : undefined;
    const live = !sources.publicRecord.deleted && published && pilot.evidence && pilot.publishedAt;
    const data = live
      ? (toPublicPilot(
          { ...published, evidence: pilot.evidence, ...(pilot.methodId ? { methodId: pilot.methodId } : {}), publishedAt: pilot.publishedAt, slug },
          pilot.firstPublishedAt ?? pilot.publishedAt ?? now,
          now,
        ) as unknown as Record<string, unknown>)
      : { ...(redactDeep(sources.publicRecord.data, rules) as Record<string, unknown>), slug };
    publicRecord = { deleted: sources.publicRecord.deleted, data };
  }

  const reconsiderations = sources.reconsiderations.map((r) => redactDeep(r, rules) as Reconsideration).filter((r, i) => !same(r, sources.reconsiderations[i]));

  // The log keeps that a notice went out, never to a redacted address or with a redacted subject.
  const taken = new Map<string, number>();
  const addressFor = (eventKey: string, to: string) => {
    if (!holdsTerm(to, plain)) return to;
    const n = (taken.get(eventKey) ?? 0) + 1;
    taken.set(eventKey, n);
    return redactedAddress(n);
  };
  const notices: { before: SentNotice; after: SentNotice }[] = [];
  for (const notice of sources.notices) {
    const after: SentNotice = { ...(redactDeep({ ...notice, to: "" }, rules) as SentNotice), to: addressFor(notice.eventKey, notice.to) };
    if (!same(after, notice)) notices.push({ before: notice, after });
  }
  const digests: { before: PendingDigest; after?: PendingDigest }[] = [];
  for (const entry of sources.digests) {
    if (holdsTerm(entry.to, plain)) {
      digests.push({ before: entry });
      continue;
    }
    const after = { ...(redactDeep({ ...entry, to: "" }, rules) as PendingDigest), to: entry.to };
    if (!same(after, entry)) digests.push({ before: entry, after });
  }

  return {
    pilot,
    writes: {
      revisions,
      publicRecord,
      reconsiderations,
      notices,
      digests,
      ...(slugReplaced ? { goneSlugHash: slugHash(current.slug) } : {}),
      figures: { fieldsRedacted: counter.n, revisionsTouched: revisions.length, slugReplaced },
    },
  };
}

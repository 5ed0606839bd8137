import { PilotContentSchema, type Pilot, type PilotContentInput } from "../../../../shared/domain/pilot.ts";
import { containsIdentityNumber } from "../../../../shared/domain/privacy/identity-number.ts";
import { pointerToPath } from "../form-problems.ts";

/**
 * Keeps a draft in step with the API, without any DOM: saves a while after the user stops typing (POST the
 * first time with an idempotency key, then PUT with If-Match), keeps what is not saved yet in the
 * browser's storage, and stops on a conflict until the user has seen the newer version.
 *
 * Text the privacy guard refuses (an identity number) is never written to the browser's storage: it is
 * left out of the local copy, so it lives only in the open form until the user removes it.
 */

export interface DraftApi {
  create(content: PilotContentInput, idempotencyKey: string): Promise<Pilot>;
  update(id: string, version: number, content: PilotContentInput): Promise<Pilot>;
}

/** The part of `Storage` the module uses (localStorage in the browser, a Map in tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface FieldIssue {
  /** Dotted path into the content. */
  readonly path: string;
  readonly message: string;
}

export type SaveStatus =
  | { readonly kind: "idle" }
  | { readonly kind: "pending" }
  | { readonly kind: "saving" }
  | { readonly kind: "saved"; readonly at: Date }
  | { readonly kind: "invalid"; readonly issues: readonly FieldIssue[]; readonly needsTitle: boolean }
  | { readonly kind: "conflict" }
  | { readonly kind: "error"; readonly message: string };

export interface DraftSyncOptions {
  readonly api: DraftApi;
  readonly storage: KeyValueStore;
  readonly pilot?: Pilot | undefined;
  readonly idempotencyKey?: string;
  readonly delayMs?: number;
  readonly onStatus?: (status: SaveStatus) => void;
  readonly onSaved?: (pilot: Pilot) => void;
  /** Field errors the API answered with (422), to show at their fields. */
  readonly onRejected?: (issues: readonly FieldIssue[]) => void;
}

export const UNSAVED_KEY = (id: string) => `utp:unsaved:${id}`;
export const NEW_UNSAVED_KEY = "utp:unsaved:ny";

/** An error from the API client: its HTTP status and field errors (Problem Details). */
interface ApiFailure {
  readonly status: number;
  readonly problem?: { readonly errors?: readonly { readonly pointer: string; readonly message: string }[] };
  readonly message?: string;
}

function isApiFailure(error: unknown): error is ApiFailure {
  return typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";
}

/** A copy of the content without any text the privacy guard refuses (safe to keep in the browser). */
export function withoutRefusedText<T>(value: T): T | undefined {
  if (typeof value === "string") return containsIdentityNumber(value) ? undefined : value;
  if (Array.isArray(value)) return value.map((v) => withoutRefusedText(v) ?? (typeof v === "string" ? "" : v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutRefusedText(v);
      if (kept !== undefined) out[k] = kept;
    }
    return out as T;
  }
  return value;
}

export class DraftSync {
  private current: Pilot | undefined;
  private latest: PilotContentInput | undefined;
  private dirty = false;
  private conflicted = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> | undefined;
  private readonly delayMs: number;
  readonly idempotencyKey: string;

  constructor(private readonly options: DraftSyncOptions) {
    this.current = options.pilot;
    this.delayMs = options.delayMs ?? 2000;
    this.idempotencyKey = options.idempotencyKey ?? crypto.randomUUID();
  }

  get pilot(): Pilot | undefined {
    return this.current;
  }

  get hasUnsaved(): boolean {
    return this.dirty;
  }

  get inConflict(): boolean {
    return this.conflicted;
  }

  private status(s: SaveStatus): void {
    this.options.onStatus?.(s);
  }

  private storageKey(): string {
    return this.current ? UNSAVED_KEY(this.current.id) : NEW_UNSAVED_KEY;
  }

  /** The user changed something: keep a local copy now, save after a pause. */
  edit(content: PilotContentInput): void {
    this.latest = content;
    this.dirty = true;
    this.keepLocalCopy(content);
    if (this.conflicted) return;
    this.status({ kind: "pending" });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  private keepLocalCopy(content: PilotContentInput): void {
    try {
      const safe = withoutRefusedText(content) ?? {};
      this.options.storage.setItem(this.storageKey(), JSON.stringify({ version: this.current?.version ?? 0, content: safe }));
    } catch {
      // Storage full or blocked: the save to the API still runs.
    }
  }

  /** What was typed and not saved for this draft, if it was typed against the version now stored. */
  restoreUnsaved(): PilotContentInput | undefined {
    const raw = this.options.storage.getItem(this.storageKey());
    if (!raw) return undefined;
    try {
      const saved = JSON.parse(raw) as { version: number; content: PilotContentInput };
      if (saved.version === (this.current?.version ?? 0)) return saved.content;
    } catch {
      // An unreadable copy is worth nothing.
    }
    this.options.storage.removeItem(this.storageKey());
    return undefined;
  }

  /** Saves now, if anything is unsaved. Resolves when the save is done (or refused). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.saving) await this.saving;
    if (!this.dirty || this.conflicted || !this.latest) return;
    const content = this.latest;
    const parsed = PilotContentSchema.safeParse(content);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message }));
      const title = (content as { title?: unknown }).title;
      this.status({ kind: "invalid", issues, needsTitle: typeof title !== "string" || title.trim() === "" });
      return;
    }
    this.dirty = false;
    this.saving = this.send(content).finally(() => {
      this.saving = undefined;
    });
    await this.saving;
  }

  private async send(content: PilotContentInput): Promise<void> {
    const before = this.storageKey();
    this.status({ kind: "saving" });
    try {
      const pilot = this.current
        ? await this.options.api.update(this.current.id, this.current.version, content)
        : await this.options.api.create(content, this.idempotencyKey);
      this.current = pilot;
      this.options.storage.removeItem(before);
      if (this.dirty && this.latest) this.keepLocalCopy(this.latest);
      else this.options.storage.removeItem(this.storageKey());
      this.options.onSaved?.(pilot);
      this.status(this.dirty ? { kind: "pending" } : { kind: "saved", at: new Date() });
      if (this.dirty) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.flush(), this.delayMs);
      }
    } catch (error) {
      this.dirty = true;
      if (isApiFailure(error) && (error.status === 412 || error.status === 409)) {
        this.conflicted = true;
        this.status({ kind: "conflict" });
      } else if (isApiFailure(error) && error.status === 422) {
        const issues = (error.problem?.errors ?? []).map((e) => ({ path: pointerToPath(e.pointer), message: e.message }));
        this.options.onRejected?.(issues);
        this.status({ kind: "invalid", issues, needsTitle: false });
      } else {
        this.status({ kind: "error", message: error instanceof Error ? error.message : "ukjent feil" });
      }
    }
  }

  /** After a conflict: continue from the newest version (the caller shows the user's own text beside it). */
  resolve(newest: Pilot): void {
    this.current = newest;
    this.conflicted = false;
    this.dirty = false;
    this.latest = undefined;
    this.status({ kind: "idle" });
  }

  /** The trial was saved elsewhere (submitted): continue from that version. */
  replace(pilot: Pilot): void {
    this.current = pilot;
  }

  /** Stops the timer (the page is going away or the draft was submitted). */
  stop(): void {
    clearTimeout(this.timer);
  }

  /** Forgets the local copy (after a successful submit). */
  forgetLocalCopy(): void {
    this.options.storage.removeItem(this.storageKey());
  }
}

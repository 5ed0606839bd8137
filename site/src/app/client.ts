import type { Method } from "../../../shared/domain/method.ts";
import type { Office } from "../../../shared/domain/office.ts";
import type { Pilot, PilotContentInput } from "../../../shared/domain/pilot.ts";
import type { Revision } from "../../../shared/domain/revision.ts";
import { api, versionTag } from "./api.ts";

/**
 * The calls the app pages make, each in one place. Types come from `shared/`; nothing is re-declared.
 */
export interface ReviewData {
  pilot: Pilot;
  outcomeSwitch: { dropped: { id: string; name: string }[]; added: { name: string }[] };
  changesSincePublished: { pointer: string; before: unknown; after: unknown }[] | null;
  publishedVersion: number | null;
  missingFields: { pointer: string; message: string }[];
}

export const client = {
  getPilot: async (id: string) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}`)).body,
  createPilot: async (content: PilotContentInput, idempotencyKey: string) => (await api<Pilot>("/api/pilots", { method: "POST", body: content, headers: { "idempotency-key": idempotencyKey } })).body,
  updatePilot: async (id: string, version: number, content: PilotContentInput) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}`, { method: "PUT", body: content, headers: { "if-match": versionTag(version) } })).body,
  submitPilot: async (id: string, version: number) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/submit`, { method: "POST", headers: { "if-match": versionTag(version) } })).body,
  withdrawPilot: async (id: string, version: number, reason: string) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/withdraw`, { method: "POST", body: { reason }, headers: { "if-match": versionTag(version) } })).body,
  requestChanges: async (id: string, version: number, comment: string) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/request-changes`, { method: "POST", body: { comment }, headers: { "if-match": versionTag(version) } })).body,
  publish: async (id: string, version: number, body: unknown) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/publish`, { method: "POST", body, headers: { "if-match": versionTag(version) } })).body,
  requestReconsideration: async (id: string, version: number, comment: string) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/reconsideration`, { method: "POST", body: { comment }, headers: { "if-match": versionTag(version) } })).body,
  replyToCurator: async (id: string, version: number, message: string) => (await api<Pilot>(`/api/pilots/${encodeURIComponent(id)}/reply`, { method: "POST", body: { message }, headers: { "if-match": versionTag(version) } })).body,
  officePilots: async (office: string) => (await api<{ items: Pilot[] }>(`/api/pilots?office=${encodeURIComponent(office)}`)).body.items,
  resultsDue: async () => (await api<{ items: { id: string; dueDate: string; daysOverdue: number }[] }>("/api/results-due")).body.items,
  revisions: async (id: string) => (await api<{ items: Revision[] }>(`/api/pilots/${encodeURIComponent(id)}/revisions`)).body.items,
  review: async (id: string) => (await api<ReviewData>(`/api/pilots/${encodeURIComponent(id)}/review`)).body,
  reviewQueue: async () => (await api<{ items: { id: string; title: string; officeName: string; submittedAt: string; ageDays: number; isEditOfPublished: boolean }[]; reconsiderations: { pilotId: string; title: string; comment: string }[] }>("/api/review-queue")).body,
  methods: async () => (await api<{ items: Method[] }>("/api/methods")).body.items.filter((m) => !m.mergedInto),
  createMethod: async (body: { name: string }) => (await api<Method>("/api/methods", { method: "POST", body })).body,
  offices: async () => {
    const res = await fetch("/api/offices", { headers: { accept: "application/json" } });
    if (!res.ok) throw new Error("Fikk ikke hentet kontorlisten.");
    return ((await res.json()) as { items: Office[] }).items;
  },
};

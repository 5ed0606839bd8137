import { expect } from "vitest";
import { api, tokenFor } from "./api.ts";
import { completeContent, failedResults } from "../../fixtures/pilots.ts";
import type { PilotContentInput } from "../../shared/domain/pilot.ts";

/** An ended trial with results, complete enough to submit. */
export function endedContent(overrides: Partial<PilotContentInput> = {}): PilotContentInput {
  return completeContent({
    trialStatus: "avsluttet",
    period: { start: "2024-01-10", end: "2024-12-20" },
    participants: { count: 24 },
    results: failedResults(),
    lessons: { whatDidNot: "Vi rekrutterte for sent.", doDifferently: "Start rekrutteringen før oppstart." },
    ...overrides,
  });
}

/** Registers and submits a trial for an office; returns its id and version. */
export async function submittedPilot(office: string, content: PilotContentInput = endedContent()): Promise<{ id: string; version: number }> {
  const token = await tokenFor("kontor", office);
  const created = await api("POST", "/api/pilots", { token, body: content });
  expect(created.status).toBe(201);
  const submitted = await api("POST", `/api/pilots/${created.body.id}/submit`, { token, headers: { "if-match": '"1"' } });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
  return { id: created.body.id, version: submitted.body.version };
}

/** A submitted trial published by a curator. */
export async function publishedPilot(office: string, content: PilotContentInput = endedContent(), methodId = "ips"): Promise<{ id: string; version: number }> {
  const { id, version } = await submittedPilot(office, content);
  const curator = await tokenFor("kurator");
  const res = await api("POST", `/api/pilots/${id}/publish`, {
    token: curator,
    body: { evidence: { strength: 3, direction: "ingen" }, methodId },
    headers: { "if-match": `"${version}"` },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { id, version: res.body.version };
}

/** Every page of the public export. */
export async function wholeExport(updatedSince?: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | undefined;
  do {
    const params = new URLSearchParams({ limit: "50" });
    if (updatedSince) params.set("updatedSince", updatedSince);
    if (cursor) params.set("cursor", cursor);
    const res = await api("GET", `/api/public/pilots?${params}`);
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.cursor;
  } while (cursor);
  return items;
}

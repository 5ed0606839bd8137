import { readFileSync } from "node:fs";
import { RegistryStatisticsSchema, type RegistryStatistics } from "../../../shared/public/aggregates-statistics.ts";

/**
 * The counts over every registered trial (`GET /api/public/statistics`), read once at build time from
 * the running API, or from a snapshot file's `registry` field. Undefined when the source has none (an
 * older snapshot): the statistics page then says so instead of showing published-only figures as if they
 * were all.
 */
let cached: Promise<RegistryStatistics | undefined> | undefined;

export function registryStatistics(env: Record<string, string | undefined> = process.env): Promise<RegistryStatistics | undefined> {
  cached ??= load(env);
  return cached;
}

async function load(env: Record<string, string | undefined>): Promise<RegistryStatistics | undefined> {
  const snapshot = env.UTP_SNAPSHOT?.trim();
  if (snapshot) {
    const registry = (JSON.parse(readFileSync(snapshot, "utf8")) as { registry?: unknown }).registry;
    return registry === undefined ? undefined : RegistryStatisticsSchema.parse(registry);
  }
  const url = env.UTP_EXPORT_URL?.trim();
  if (!url) return undefined;
  const response = await fetch(`${url.replace(/\/$/, "")}/statistics`);
  if (!response.ok) throw new Error(`GET ${url}/statistics answered ${response.status}`);
  return RegistryStatisticsSchema.parse(await response.json());
}

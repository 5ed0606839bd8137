import { readFileSync } from "node:fs";
import { RegistryStatisticsSchema, type RegistryStatistics } from "../../../shared/domain/public-trial/statistics.ts";

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
  return url ? fetchRegistryStatistics(url) : undefined;
}

/** `GET <export>/statistics`, validated. */
export async function fetchRegistryStatistics(exportUrl: string, fetchImpl: typeof fetch = fetch): Promise<RegistryStatistics> {
  const url = `${exportUrl.replace(/\/+$/, "")}/statistics`;
  const response = await fetchImpl(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return RegistryStatisticsSchema.parse(await response.json());
}

/** A chart row for one quarter: the median days, or none when nothing was published that quarter. */
export interface QuarterRow {
  readonly code: string;
  readonly label: string;
  readonly count: number;
  readonly text: string;
}

const QUARTER = /^(\d{4}) K([1-4])$/;

/**
 * Every quarter from the first publication to the last, so a quarter without publications shows as such
 * instead of disappearing from the axis; the median keeps its decimal.
 */
export function publicationDayRows(points: RegistryStatistics["publicationDays"]): QuarterRow[] {
  const byQuarter = new Map(points.map((p) => [p.quarter, p]));
  const index = (quarter: string) => {
    const m = QUARTER.exec(quarter);
    return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : undefined;
  };
  const known = points.map((p) => index(p.quarter)).filter((i) => i !== undefined);
  if (known.length === 0) return [];
  const rows: QuarterRow[] = [];
  for (let i = Math.min(...known); i <= Math.max(...known); i++) {
    const quarter = `${Math.floor(i / 4)} K${(i % 4) + 1}`;
    const point = byQuarter.get(quarter);
    rows.push(
      point
        ? { code: quarter, label: quarter, count: point.medianDays, text: dayFormat.format(point.medianDays) }
        : { code: quarter, label: quarter, count: 0, text: "ingen publisert" },
    );
  }
  return rows;
}

const dayFormat = new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 });

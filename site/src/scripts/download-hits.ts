import { pilotsToCsv, type OpenDataContext } from "../../../shared/public/open-data/csv.ts";
import type { PublicMethod, PublicOffice } from "../../../shared/domain/public-trial/page-schemas.ts";
import { pilotsToXlsx } from "../../../shared/public/open-data/xlsx.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";
import { urls } from "../lib/urls.ts";

/**
 * "Last ned treffene": the trials of the search page's current result as the open data's workbook or CSV,
 * written in the browser by the open data's own writers from the open JSON. The search page imports this
 * module only when a download is asked for, so neither the writers nor the data cost a visitor who never asks.
 */

export type HitsFormat = "xlsx" | "csv";

interface OpenData {
  items: PublicPilot[];
  offices: PublicOffice[];
  methods: PublicMethod[];
}

const MIME: Record<HitsFormat, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
};

/** The file's bytes: the trials with `ids`, in that order (all trials without), as the open data writes them. */
export async function hitsFile(format: HitsFormat, ids: readonly string[] | undefined): Promise<Blob> {
  const response = await fetch(urls.dataJson);
  if (!response.ok) throw new Error(`${urls.dataJson}: ${response.status}`);
  const data = (await response.json()) as OpenData;
  const byId = new Map(data.items.map((p) => [p.id, p]));
  const pilots = ids ? ids.flatMap((id) => byId.get(id) ?? []) : data.items;
  const context: OpenDataContext = { offices: data.offices, methods: data.methods, pilotUrl: (p) => new URL(urls.pilot(p), location.origin).href };
  const body = format === "csv" ? pilotsToCsv(pilots, context) : await pilotsToXlsx(pilots, context, [], "memory");
  return new Blob([body], { type: MIME[format] });
}

/** Saves the file under a name that says what it holds and when it was taken. */
export async function downloadHits(format: HitsFormat, ids: readonly string[] | undefined): Promise<void> {
  const file = await hitsFile(format, ids);
  const link = document.createElement("a");
  link.href = URL.createObjectURL(file);
  link.download = `utprovinger-treff-${new Date().toISOString().slice(0, 10)}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; the address is freed after.
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

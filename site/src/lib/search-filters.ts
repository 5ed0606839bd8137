import { evidenceLevel } from "../../../shared/domain/evidence.ts";
import { COUNTIES, FAILURE_REASONS, MEASURE_TYPES, OUTCOMES, TARGET_GROUPS, TRIAL_STATUSES } from "../../../shared/domain/taxonomy.ts";
import { pilotYear } from "../../../shared/domain/public-trial/format.ts";
import { NO_RESULTS_CODE, NO_RESULTS_LABEL, type PublicOffice } from "../../../shared/public/index.ts";
import type { PublicPilot } from "../../../shared/domain/public-trial/public-pilot.ts";

/**
 * The search filters: one name for the URL query, the Pagefind filter and the form, so a link such as
 * `/?malgruppe=unge-under-30&tiltakstype=ips` selects exactly what the index holds. Values are codes;
 * labels are shown by the page.
 */
export const FILTER_KEYS = ["malgruppe", "tiltakstype", "fylke", "kontor", "resultat", "kunnskapsgrunnlag", "status", "ar", "arsak"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface FilterOption {
  readonly value: string;
  readonly label: string;
}

export interface FilterGroup {
  readonly key: FilterKey;
  readonly legend: string;
  readonly hint?: string;
  readonly options: readonly FilterOption[];
  /** Long lists are a select (one choice) instead of checkboxes. */
  readonly control: "checkboxes" | "select";
}

/** The values of each filter for one trial. */
export function filterValues(pilot: PublicPilot): Record<FilterKey, string[]> {
  return {
    malgruppe: [...pilot.targetGroups],
    tiltakstype: [...pilot.measureTypes],
    fylke: [pilot.county],
    kontor: [...new Set([pilot.officeId, ...pilot.partnerOfficeIds])],
    resultat: [pilot.results?.outcome ?? NO_RESULTS_CODE],
    kunnskapsgrunnlag: [String(pilot.evidence.strength)],
    status: pilot.trialStatus ? [pilot.trialStatus] : [],
    ar: [pilotYear(pilot)],
    arsak: [...(pilot.results?.failureReasons ?? [])],
  };
}

const options = (terms: readonly { code: string; label: string }[]): FilterOption[] => terms.map((t) => ({ value: t.code, label: t.label }));

/** The filter groups in the order the search page shows them. */
export function filterGroups(pilots: readonly PublicPilot[], offices: readonly PublicOffice[]): FilterGroup[] {
  const years = [...new Set(pilots.map(pilotYear))].sort().reverse();
  const officeIds = new Set(pilots.flatMap((p) => [p.officeId, ...p.partnerOfficeIds]));
  return [
    { key: "malgruppe", legend: "Målgruppe", options: options(TARGET_GROUPS), control: "checkboxes" },
    { key: "tiltakstype", legend: "Tiltakstype", options: options(MEASURE_TYPES), control: "checkboxes" },
    {
      key: "resultat",
      legend: "Resultat",
      options: [...options(OUTCOMES), { value: NO_RESULTS_CODE, label: NO_RESULTS_LABEL }],
      control: "checkboxes",
    },
    {
      key: "kunnskapsgrunnlag",
      legend: "Kunnskapsgrunnlag",
      options: [4, 3, 2, 1].map((s) => ({ value: String(s), label: `Nivå ${s}: ${evidenceLevel(s)?.label ?? ""}` })),
      control: "checkboxes",
    },
    {
      key: "arsak",
      legend: "Hvorfor det ikke virket",
      hint: "Kodede grunner fra utprøvinger som ikke virket eller ble avbrutt",
      options: options(FAILURE_REASONS),
      control: "checkboxes",
    },
    { key: "status", legend: "Status", options: options(TRIAL_STATUSES), control: "checkboxes" },
    { key: "fylke", legend: "Fylke", options: options(COUNTIES), control: "checkboxes" },
    {
      key: "kontor",
      legend: "Kontor",
      options: offices.filter((o) => officeIds.has(o.id)).map((o) => ({ value: o.id, label: o.name })),
      control: "select",
    },
    { key: "ar", legend: "År", hint: "Året utprøvingen startet", options: years.map((y) => ({ value: y, label: y })), control: "checkboxes" },
  ];
}

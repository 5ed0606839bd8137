/**
 * Planned against reported: the outcomes a trial registered before its results were known, held against
 * what it reported, with a flag for each departure from the plan. The trial page, the curator's review,
 * the open data and the review API all read this one function, so they flag the same things.
 *
 * Flags:
 *   - "not-planned": a reported measure that no planned outcome names (neither by id nor by standard measure);
 *   - "dropped": a planned outcome with no reported measure and no "ikke målt" with a reason;
 *   - "participants" / "staff-years" / "cost": the reported figure differs from the planned one by more than a
 *     third of the planned figure.
 * Nothing is flagged before results are reported: until then the plan is still running.
 */

/** A count as stored (a number) or as public output shows it (a number, or "færre enn 5"). */
export type PlanCount = number | string;

export interface PlannedLike {
  readonly id: string;
  readonly name: string;
  readonly measureCode?: string | undefined;
}

export interface ReportedLike {
  readonly plannedOutcomeId?: string | undefined;
  readonly measureCode?: string | undefined;
  readonly name: string;
}

export interface PlanReportInput<P extends PlannedLike, M extends ReportedLike> {
  readonly plannedOutcomes?: readonly P[] | undefined;
  readonly results?:
    | {
        readonly measures?: readonly M[] | undefined;
        readonly notMeasured?: readonly { readonly plannedOutcomeId: string; readonly reason: string }[] | undefined;
      }
    | undefined;
  readonly participants?: { readonly count?: PlanCount | undefined; readonly planned?: PlanCount | undefined } | undefined;
  readonly cost?:
    | {
        readonly staffYears?: number | undefined;
        readonly plannedStaffYears?: number | undefined;
        readonly costNok?: number | undefined;
        readonly plannedCostNok?: number | undefined;
      }
    | undefined;
}

export type PlannedStatus = "reported" | "not-measured" | "dropped" | "pending";

export interface PlannedRow<P, M> {
  readonly planned: P;
  readonly status: PlannedStatus;
  readonly reported?: M;
  /** The reason given for "ikke målt". */
  readonly reason?: string;
}

export type FigureKind = "participants" | "staff-years" | "cost";

export type PlanFlag =
  | { readonly kind: "not-planned"; readonly name: string; readonly text: string }
  | { readonly kind: "dropped"; readonly id: string; readonly name: string; readonly text: string }
  | {
      readonly kind: FigureKind;
      readonly planned: PlanCount;
      readonly reported: PlanCount;
      /** The change against the plan in percent (negative: fewer than planned); absent for a suppressed count. */
      readonly changePercent?: number;
      readonly text: string;
    };

export interface PlanAgainstReport<P, M> {
  readonly rows: readonly PlannedRow<P, M>[];
  /** Reported measures no planned outcome names. */
  readonly added: readonly M[];
  readonly flags: readonly PlanFlag[];
  /** The planned outcomes that fell away and the measures added, as the public record lists them. */
  readonly outcomeSwitch: { readonly dropped: { id: string; name: string }[]; readonly added: { name: string }[] };
}

/** A figure may differ from the plan by up to a third before it is flagged. */
export const PLAN_DEVIATION_LIMIT = 1 / 3;

/** The range a count can lie in: a suppressed public count ("færre enn 5") lies between 1 and 4. */
function countRange(value: PlanCount | undefined): [number, number] | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? [value, value] : undefined;
  if (typeof value === "string" && value.length > 0) return [1, 4];
  return undefined;
}

const FIGURE_TEXT: Record<FigureKind, { label: string; unit: (n: number) => string }> = {
  participants: { label: "Antall deltakere", unit: (n) => `${format(n)}` },
  "staff-years": { label: "Innsatsen", unit: (n) => `${format(n)} årsverk` },
  cost: { label: "Kostnaden", unit: (n) => `${format(n)} kr` },
};

function format(n: number): string {
  return new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 }).format(n).replace(/\u00a0/g, " ");
}

function figureFlag(kind: FigureKind, planned: PlanCount | undefined, reported: PlanCount | undefined): PlanFlag | undefined {
  const plan = countRange(planned);
  const got = countRange(reported);
  if (!plan || !got || planned === undefined || reported === undefined) return undefined;
  // A suppressed plan or report is a range; flag only when every value in both ranges departs by more than a third.
  const [planLow, planHigh] = plan;
  if (planLow <= 0) return undefined;
  const [low, high] = got;
  const above = (low - planHigh) / planHigh;
  const below = (planLow - high) / planLow;
  if (above <= PLAN_DEVIATION_LIMIT && below <= PLAN_DEVIATION_LIMIT) return undefined;
  const exact = typeof planned === "number" && typeof reported === "number";
  const changePercent = exact ? (100 * (reported - planned)) / planned : undefined;
  const { label, unit } = FIGURE_TEXT[kind];
  const shown = (v: PlanCount) => (typeof v === "number" ? unit(v) : v);
  const direction = above > PLAN_DEVIATION_LIMIT ? "mer" : "mindre";
  const amount = changePercent !== undefined ? `${format(Math.round(Math.abs(changePercent)))} % ${direction}` : `mer enn en tredjedel ${direction}`;
  return {
    kind,
    planned,
    reported,
    ...(changePercent !== undefined ? { changePercent } : {}),
    text: `${label} avviker fra planen: ${shown(reported)} mot planlagt ${shown(planned)} (${amount} enn planlagt).`,
  };
}

export function planAgainstReport<P extends PlannedLike, M extends ReportedLike>(input: PlanReportInput<P, M>): PlanAgainstReport<P, M> {
  const planned = input.plannedOutcomes ?? [];
  const results = input.results;
  const measures = results?.measures ?? [];
  const notMeasured = new Map((results?.notMeasured ?? []).map((n) => [n.plannedOutcomeId, n.reason]));
  const plannedIds = new Set(planned.map((p) => p.id));
  const plannedCodes = new Set(planned.flatMap((p) => (p.measureCode ? [p.measureCode] : [])));

  const rows = planned.map((p): PlannedRow<P, M> => {
    const reported = measures.find((m) => m.plannedOutcomeId === p.id) ?? (p.measureCode ? measures.find((m) => m.measureCode === p.measureCode) : undefined);
    if (reported) return { planned: p, status: "reported", reported };
    const reason = notMeasured.get(p.id);
    if (reason !== undefined) return { planned: p, status: "not-measured", reason };
    return { planned: p, status: results ? "dropped" : "pending" };
  });
  const added = results
    ? measures.filter((m) => !(m.plannedOutcomeId && plannedIds.has(m.plannedOutcomeId)) && !(m.measureCode && plannedCodes.has(m.measureCode)))
    : [];

  const flags: PlanFlag[] = [];
  for (const row of rows) {
    if (row.status === "dropped") {
      flags.push({
        kind: "dropped",
        id: row.planned.id,
        name: row.planned.name,
        text: `«${row.planned.name}» var planlagt, men er verken rapportert eller oppgitt som ikke målt.`,
      });
    }
  }
  for (const m of added) flags.push({ kind: "not-planned", name: m.name, text: `«${m.name}» er rapportert, men var ikke planlagt før utprøvingen startet.` });
  if (results) {
    const figures = [
      figureFlag("participants", input.participants?.planned, input.participants?.count),
      figureFlag("staff-years", input.cost?.plannedStaffYears, input.cost?.staffYears),
      figureFlag("cost", input.cost?.plannedCostNok, input.cost?.costNok),
    ];
    for (const flag of figures) if (flag) flags.push(flag);
  }

  return {
    rows,
    added,
    flags,
    outcomeSwitch: {
      dropped: rows.filter((r) => r.status === "dropped").map((r) => ({ id: r.planned.id, name: r.planned.name })),
      added: added.map((m) => ({ name: m.name })),
    },
  };
}

/** The short tag text of a flag, for a badge beside the row it concerns. */
export function flagTag(flag: PlanFlag): string {
  switch (flag.kind) {
    case "not-planned":
      return "Ikke planlagt";
    case "dropped":
      return "Falt bort uten forklaring";
    case "participants":
      return "Deltakere avviker fra plan";
    case "staff-years":
      return "Innsats avviker fra plan";
    case "cost":
      return "Kostnad avviker fra plan";
  }
}

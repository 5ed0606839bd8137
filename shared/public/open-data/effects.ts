import { standardMeasure } from "../../domain/outcome-measures.ts";
import { MEASURE_UNITS, labelOf } from "../../domain/taxonomy.ts";
import { neutralise, type CsvValue, type OpenDataColumn, type OpenDataContext } from "./csv.ts";
import type { MethodAggregate } from "../pages/method.ts";
import type { PublicMethod } from "../../domain/public-trial/page-schemas.ts";
import type { PublicPilot } from "../../domain/public-trial/public-pilot.ts";

/**
 * The effects as open data, in two tables beside the one row per trial:
 *  - one row per trial and measure that has an effect: its difference from the comparison group with the
 *    95 % interval, or its share alone with Wilson's interval ("andel uten sammenligning");
 *  - one row per method and standard measure with trials compared: the random-effects pool (REML,
 *    Hartung–Knapp interval), the prediction interval from 3 trials, τ and I², and the trials left out.
 * The CSV files and the workbook's sheets have exactly these columns.
 */
export const EFFECT_COLUMNS: readonly OpenDataColumn[] = [
  { key: "id", label: "ID", type: "text" },
  { key: "tittel", label: "Tittel", type: "text" },
  { key: "kontor", label: "Kontor", type: "text" },
  { key: "metode", label: "Metode", type: "text" },
  { key: "metode_id", label: "Metode-ID", type: "text" },
  { key: "resultatmal", label: "Resultatmål", type: "text" },
  { key: "standardmal", label: "Standard resultatmål", type: "text" },
  { key: "enhet", label: "Enhet", type: "text" },
  { key: "effekttype", label: "Effekttype", type: "text" },
  { key: "verdi", label: "Verdi", type: "decimal" },
  { key: "n", label: "Antall (n)", type: "count" },
  { key: "sammenligning", label: "Sammenligningsgruppen", type: "decimal" },
  { key: "n_sammenligning", label: "Antall i sammenligningsgruppen", type: "count" },
  { key: "forskjell", label: "Forskjell", type: "decimal" },
  { key: "andel", label: "Andel", type: "decimal" },
  { key: "ki_nedre", label: "95 % KI, nedre", type: "decimal" },
  { key: "ki_ovre", label: "95 % KI, øvre", type: "decimal" },
  { key: "lenke", label: "Lenke til utprøvingen", type: "url" },
];

export const METHOD_EFFECT_COLUMNS: readonly OpenDataColumn[] = [
  { key: "metode", label: "Metode", type: "text" },
  { key: "metode_id", label: "Metode-ID", type: "text" },
  { key: "standardmal", label: "Standard resultatmål", type: "text" },
  { key: "standardmal_kode", label: "Standard resultatmål (kode)", type: "text" },
  { key: "effekttype", label: "Effekttype", type: "text" },
  { key: "utprovinger_i_samlet", label: "Utprøvinger i samlet anslag", type: "integer" },
  { key: "samlet_forskjell", label: "Samlet forskjell", type: "decimal" },
  { key: "ki_nedre", label: "95 % KI, nedre", type: "decimal" },
  { key: "ki_ovre", label: "95 % KI, øvre", type: "decimal" },
  { key: "prediksjon_nedre", label: "95 % prediksjonsintervall, nedre", type: "decimal" },
  { key: "prediksjon_ovre", label: "95 % prediksjonsintervall, øvre", type: "decimal" },
  { key: "tau", label: "Tau (τ)", type: "decimal" },
  { key: "i2_prosent", label: "I² (prosent)", type: "decimal" },
  { key: "utprovinger", label: "Utprøvinger", type: "text" },
  { key: "holdt_utenfor", label: "Holdt utenfor", type: "text" },
  { key: "anbefalt_for_spredning", label: "Anbefalt for spredning", type: "text" },
];

const KIND_LABEL = {
  "risk-difference": "forskjell i prosentpoeng",
  "mean-difference": "forskjell i gjennomsnitt",
  share: "andel uten sammenligning",
} as const;

/** Figures to a thousandth: finer than any reader needs, and the same from run to run. */
const round = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 1000) / 1000);

const LEFT_OUT_LABEL = {
  "small-count": "færre enn 5 i en av gruppene",
  "no-participants": "uten deltakere",
  "no-comparison": "uten sammenligningsgruppe",
  "no-sd": "uten standardavvik",
} as const;

/** One row per trial and measure with an effect. */
export function effectRows(pilots: readonly PublicPilot[], context: OpenDataContext): CsvValue[][] {
  const offices = new Map(context.offices.map((o) => [o.id, o.name]));
  const methods = new Map(context.methods.map((m) => [m.id, m.name]));
  const rows: CsvValue[][] = [];
  for (const p of pilots) {
    for (const m of p.results?.measures ?? []) {
      const effect = m.effect;
      if (!effect) continue;
      rows.push([
        p.id,
        p.title,
        offices.get(p.officeId) ?? p.officeId,
        p.methodId ? (methods.get(p.methodId) ?? p.methodId) : undefined,
        p.methodId,
        m.name,
        m.measureCode ? (standardMeasure(m.measureCode)?.label ?? m.measureCode) : undefined,
        labelOf(MEASURE_UNITS, m.unit).toLocaleLowerCase("nb"),
        KIND_LABEL[effect.kind],
        m.value,
        m.n,
        m.comparison?.value,
        m.comparison?.n,
        round(effect.kind === "share" ? undefined : effect.difference),
        round(effect.kind === "share" ? effect.share : undefined),
        round(effect.lower),
        round(effect.upper),
        context.pilotUrl(p),
      ]);
    }
  }
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutralise(cell) : cell)));
}

/** One row per method and standard measure whose trials were compared with a comparison group. */
export function methodEffectRows(
  methods: readonly PublicMethod[],
  aggregateOf: (methodId: string) => MethodAggregate,
  pilotTitle: (pilotId: string) => string,
): CsvValue[][] {
  const rows: CsvValue[][] = [];
  for (const method of methods) {
    if (method.mergedInto) continue;
    const aggregate = aggregateOf(method.id);
    for (const measure of aggregate.pooled) {
      const effects = measure.effects;
      if (!effects) continue;
      const pooled = effects.pooled;
      rows.push([
        method.name,
        method.id,
        measure.label,
        measure.measureCode,
        KIND_LABEL[effects.kind],
        pooled?.k ?? effects.trials.length,
        round(pooled?.estimate),
        round(pooled?.ciLower),
        round(pooled?.ciUpper),
        round(pooled?.prediction?.lower),
        round(pooled?.prediction?.upper),
        round(pooled?.tau),
        round(pooled?.i2),
        effects.trials.map((t) => pilotTitle(t.pilotId)).join("; "),
        effects.leftOut.map((t) => `${pilotTitle(t.pilotId)} (${LEFT_OUT_LABEL[t.reason]})`).join("; "),
        aggregate.recommended ? "ja" : "nei",
      ]);
    }
  }
  return rows.map((row) => row.map((cell) => (typeof cell === "string" ? neutralise(cell) : cell)));
}

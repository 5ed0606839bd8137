import { formatDate, formatNumber } from "./format.ts";

/**
 * Things that are allowed but probably wrong: shown as warnings next to the form, never blocking.
 * `today` is an ISO date (YYYY-MM-DD).
 */
export interface Warning {
  readonly path: string;
  readonly message: string;
}

interface Checked {
  trialStatus?: string | undefined;
  period?: { start?: string | undefined; end?: string | undefined } | undefined;
  participants?: { count?: number | undefined } | undefined;
  results?: { measures?: readonly { n?: number | undefined; name?: string | undefined }[] | undefined } | undefined;
}

export function plausibilityWarnings(content: Checked, today: string): Warning[] {
  const warnings: Warning[] = [];
  const { start, end } = content.period ?? {};
  if (content.trialStatus === "pagar" && end && end < today) {
    warnings.push({ path: "period.end", message: `Utprøvingen står som «Pågår», men sluttdatoen (${formatDate(end)}) er passert. Er den avsluttet?` });
  }
  if (start && end && end < start) {
    warnings.push({ path: "period.end", message: "Sluttdatoen er før startdatoen." });
  }
  const count = content.participants?.count;
  if (typeof count === "number") {
    (content.results?.measures ?? []).forEach((m, i) => {
      if (typeof m.n === "number" && m.n > count) {
        warnings.push({
          path: `results.measures.${i}.n`,
          message: `Resultat ${i + 1}${m.name ? ` («${m.name}»)` : ""} bygger på ${formatNumber(m.n)}, men utprøvingen har ${formatNumber(count)} deltakere.`,
        });
      }
    });
  }
  return warnings;
}

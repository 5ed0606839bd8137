import { standardMeasure } from "../outcome-measures.ts";
import type { PublicPilot } from "../public-trial/public-pilot.ts";

/**
 * The share a standard measure reaches without a trial, as the bank knows it: the comparison groups of
 * published trials pooled, weighted by their n. The registration form fills in "forventet andel uten
 * tiltaket" from it, preferring the figure of the method the trial belongs to over the whole bank's.
 * Comparison groups of fewer than 5 are left out, as in all public figures.
 */
export interface ExpectedShare {
  /** The pooled share in percent, to one decimal. */
  readonly value: number;
  readonly trials: number;
  readonly n: number;
}

export interface ExpectedShareDefaults {
  readonly bank: Readonly<Record<string, ExpectedShare>>;
  readonly byMethod: Readonly<Record<string, Readonly<Record<string, ExpectedShare>>>>;
}

export const EXPECTED_SHARES_ELEMENT_ID = "utp-expected-shares";

type Sums = Map<string, { weighted: number; n: number; trials: number }>;

function add(sums: Sums, code: string, value: number, n: number) {
  const s = sums.get(code) ?? { weighted: 0, n: 0, trials: 0 };
  sums.set(code, { weighted: s.weighted + value * n, n: s.n + n, trials: s.trials + 1 });
}

function toRecord(sums: Sums): Record<string, ExpectedShare> {
  return Object.fromEntries([...sums].map(([code, s]) => [code, { value: Math.round((10 * s.weighted) / s.n) / 10, trials: s.trials, n: s.n }]));
}

export function expectedShareDefaults(
  pilots: readonly Pick<PublicPilot, "results">[],
  methodOf: (pilot: Pick<PublicPilot, "results">) => string | undefined,
): ExpectedShareDefaults {
  const bank: Sums = new Map();
  const byMethod = new Map<string, Sums>();
  for (const pilot of pilots) {
    const seen = new Set<string>();
    for (const m of pilot.results?.measures ?? []) {
      const code = m.measureCode;
      if (!code || seen.has(code) || standardMeasure(code)?.pooling !== "share") continue;
      const c = m.comparison;
      if (!c || typeof c.value !== "number" || typeof c.n !== "number" || c.n < 5) continue;
      seen.add(code);
      add(bank, code, c.value, c.n);
      const method = methodOf(pilot);
      if (method) {
        const sums = byMethod.get(method) ?? new Map();
        add(sums, code, c.value, c.n);
        byMethod.set(method, sums);
      }
    }
  }
  return { bank: toRecord(bank), byMethod: Object.fromEntries([...byMethod].map(([id, sums]) => [id, toRecord(sums)])) };
}

/** The default for one measure: the method's own comparison groups first, else the whole bank's. */
export function expectedShareFor(
  defaults: ExpectedShareDefaults,
  measureCode: string | undefined,
  methodId?: string,
): (ExpectedShare & { scope: "method" | "bank" }) | undefined {
  if (!measureCode) return undefined;
  const own = methodId ? defaults.byMethod[methodId]?.[measureCode] : undefined;
  if (own) return { ...own, scope: "method" };
  const bank = defaults.bank[measureCode];
  return bank ? { ...bank, scope: "bank" } : undefined;
}

/** Where a prefilled figure comes from, in words. */
export function expectedShareSource(share: ExpectedShare & { scope: "method" | "bank" }): string {
  const trials = share.trials === 1 ? "én utprøving" : `${share.trials} utprøvinger`;
  return share.scope === "method"
    ? `Fylt ut med sammenligningsgruppene i metodens ${trials} (${share.n} personer).`
    : `Fylt ut med sammenligningsgruppene i bankens ${trials} med dette standardmålet (${share.n} personer).`;
}

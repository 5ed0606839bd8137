import type { MedianInterval } from "./median-interval.ts";

/** The benchmark's report: sections of tables and goals, rendered as Markdown and kept as JSON. */
export interface Goal {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  /** undefined: not measured. */
  readonly met: boolean | undefined;
}

export interface Section {
  readonly title: string;
  readonly note?: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
  readonly goals: readonly Goal[];
  /** Raw figures for report.json. */
  readonly data?: unknown;
}

export const fmt = {
  ms: (n: number) => (Number.isFinite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(1)) : "–"),
  ratio: (n: number) => (Number.isFinite(n) ? `${n.toFixed(2)}×` : "–"),
  kb: (bytes: number) => (bytes / 1024).toFixed(1),
  mb: (bytes: number) => (bytes / 1024 / 1024).toFixed(1),
  s: (ms: number) => (ms / 1000).toFixed(1),
  int: (n: number) => Math.round(n).toLocaleString("en-US").replace(/,/g, " "),
  /**
   * Rounds' median ratio with its 95 % interval and the rounds' own range, "1.36× (1.28–1.45; rounds 1.20–1.52)";
   * without the interval when the rounds were too few for one.
   */
  ratioInterval: (m: MedianInterval) => {
    const range = `rounds ${m.min.toFixed(2)}–${m.max.toFixed(2)}`;
    return Number.isNaN(m.low) ? `${fmt.ratio(m.median)} (${range})` : `${fmt.ratio(m.median)} (${m.low.toFixed(2)}–${m.high.toFixed(2)}; ${range})`;
  },
};

export const goal = (name: string, target: string, actual: string, met: boolean | undefined): Goal => ({ name, target, actual, met });

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

export function renderMarkdown(sections: readonly Section[], meta: { command: string; startedAt: string; durationS: number; machine: string }): string {
  const allGoals = sections.flatMap((s) => s.goals);
  const mark = (g: Goal) => (g.met === undefined ? "not measured" : g.met ? "met" : "MISSED");
  const parts = [
    `# Benchmark report`,
    ``,
    `\`${meta.command}\` — ${meta.startedAt}, ${meta.durationS.toFixed(0)} s, ${meta.machine}.`,
    `DynamoDB Local (the emulator, SQLite underneath) is slow: absolute API latencies here are the local stack's, not the product's; the ratios to the raw database call are what carries over.`,
    ``,
    `## Goals`,
    ``,
    table(
      ["goal", "target", "measured", "result"],
      allGoals.map((g) => [g.name, g.target, g.actual, mark(g)]),
    ),
  ];
  for (const s of sections) {
    parts.push("", `## ${s.title}`, "");
    if (s.note) parts.push(s.note, "");
    if (s.rows.length > 0) parts.push(table(s.headers, s.rows));
  }
  return `${parts.join("\n")}\n`;
}

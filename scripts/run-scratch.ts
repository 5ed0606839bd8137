import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunScratch {
  /** The folder, created empty. */
  readonly dir: string;
  /** The environment that makes it the temporary folder of a process and of every process that one starts. */
  readonly env: Readonly<Record<"TMPDIR" | "TMP" | "TEMP", string>>;
  /** Removes the folder and everything in it. */
  remove(): void;
}

/**
 * A temporary folder for one run of the tests or the bench. Every process the run starts gets it as its
 * temporary folder, and it is removed with all it holds when the run ends: the site builds, synthesized
 * templates, browser profiles and bundles that any part leaves behind go with it, whichever part made them
 * and however it ended, instead of piling up in the machine's temporary folder from run to run.
 */
export function runScratch(name: string): RunScratch {
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  // A run stopped from the terminal or by its supervisor removes it too, then ends as the signal would have.
  const onSignal = (signal: NodeJS.Signals) => {
    remove();
    process.kill(process.pid, signal);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, onSignal);
  return {
    dir,
    env: { TMPDIR: dir, TMP: dir, TEMP: dir },
    remove: () => {
      for (const signal of ["SIGINT", "SIGTERM"] as const) process.off(signal, onSignal);
      remove();
    },
  };
}

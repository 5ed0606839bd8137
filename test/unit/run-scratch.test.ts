import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runScratch } from "../../scripts/run-scratch.ts";

const REPO_ROOT = resolve(import.meta.dirname, "..", "..");

describe("a run's temporary folder", () => {
  it("is the temporary folder of the processes given its environment, and goes with everything in it", () => {
    // Arrange
    const scratch = runScratch("utp-scratch-check");
    try {
      // Act: a child asks Node for its temporary folder and leaves a nested file there
      const child = spawnSync(
        process.execPath,
        [
          "-e",
          "const os=require('node:os'),fs=require('node:fs'),p=require('node:path');const d=fs.mkdtempSync(p.join(os.tmpdir(),'x-'));fs.writeFileSync(p.join(d,'f'),'x');console.log(os.tmpdir())",
        ],
        { env: { ...process.env, ...scratch.env }, encoding: "utf8" },
      );
      mkdirSync(join(scratch.dir, "a", "b"), { recursive: true });
      writeFileSync(join(scratch.dir, "a", "b", "c.txt"), "left behind");

      // Assess
      expect(child.stdout.trim()).toBe(scratch.dir);
      scratch.remove();
      expect(existsSync(scratch.dir)).toBe(false);
    } finally {
      scratch.remove();
    }
  });

  it("is removed when the run is stopped with SIGINT, and the run ends by that signal", async () => {
    // Arrange: a run that makes its folder, says where it is, and waits
    const script = `import { runScratch } from ${JSON.stringify(join(REPO_ROOT, "scripts", "run-scratch.ts"))};
const s = runScratch("utp-scratch-signal");
console.log(s.dir);
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "inherit"] });
    const dir = await new Promise<string>((done) => child.stdout.setEncoding("utf8").once("data", (text: string) => done(text.trim())));
    expect(existsSync(dir)).toBe(true);

    // Act
    const ended = new Promise<NodeJS.Signals | null>((done) => child.once("exit", (_code, signal) => done(signal)));
    child.kill("SIGINT");

    // Assess
    expect(await ended).toBe("SIGINT");
    expect(existsSync(dir)).toBe(false);
  });
});

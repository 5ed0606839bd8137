import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { importCycles, importGraph, importSpecifiers } from "../support/import-graph.ts";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The project's own modules; the tests may import one another's helpers freely. */
const PROJECT_FOLDERS = ["shared", "functions", "site/src", "infra", "scripts", "bench", "fixtures"];

describe("import cycles", () => {
  it("the project's own modules import one another without a cycle", () => {
    const graph = importGraph(REPO_ROOT, PROJECT_FOLDERS);
    // The graph is the real one: pages, handlers and the domain are all in it, with their imports.
    expect(graph.get("site/src/pages/index.astro")?.length).toBeGreaterThan(0);
    expect(graph.get("functions/lib/http.ts")).toBeDefined();
    expect(graph.get("shared/domain/public-trial/public-pilot.ts")).toContain("shared/domain/public-trial/trial-effects.ts");
    expect(importCycles(graph).map((cycle) => cycle.join(" → "))).toEqual([]);
  });
});

describe("import cycles: the detector", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "import-cycles-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads the frontmatter and every client script of an Astro component, type-only and dynamic imports too", () => {
    const page = `---\nimport Base from "../layouts/Base.astro";\nimport type { X } from "../lib/x.ts";\n---\n<Base><p>Hei</p></Base>\n<script>\n  import "../scripts/search.ts";\n  void import("../scripts/lazy.ts");\n</script>\n`;
    expect(importSpecifiers("page.astro", page).sort()).toEqual(["../layouts/Base.astro", "../lib/x.ts", "../scripts/lazy.ts", "../scripts/search.ts"]);
  });

  it("finds a cycle through an Astro component and TypeScript modules, and none once it is broken", () => {
    mkdirSync(path.join(dir, "site/src/components"), { recursive: true });
    mkdirSync(path.join(dir, "shared"), { recursive: true });
    writeFileSync(path.join(dir, "site/src/components/Card.astro"), `---\nimport { label } from "../../../shared/a.ts";\n---\n<p>{label}</p>\n`);
    writeFileSync(path.join(dir, "shared/a.ts"), `import { b } from "./b.ts";\nexport const label = b;\n`);
    writeFileSync(path.join(dir, "shared/b.ts"), `import type { label } from "./a.ts";\nexport const b = "b";\nexport type L = typeof label;\n`);
    writeFileSync(path.join(dir, "shared/c.ts"), `import { b } from "./b.ts";\nexport const c = b;\n`);

    expect(importCycles(importGraph(dir, ["shared", "site/src"]))).toEqual([["shared/a.ts", "shared/b.ts", "shared/a.ts"]]);

    writeFileSync(path.join(dir, "shared/b.ts"), `export const b = "b";\n`);
    writeFileSync(path.join(dir, "shared/a.ts"), `import { b } from "./b.ts";\nimport "../site/src/components/Card.astro";\nexport const label = b;\n`);
    expect(importCycles(importGraph(dir, ["shared", "site/src"]))).toEqual([["shared/a.ts", "site/src/components/Card.astro", "shared/a.ts"]]);

    writeFileSync(path.join(dir, "shared/a.ts"), `import { b } from "./b.ts";\nexport const label = b;\n`);
    expect(importCycles(importGraph(dir, ["shared", "site/src"]))).toEqual([]);
  });

  it("gives one cycle per tangle, however many files it holds", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts", "d.ts"]],
      ["c.ts", ["a.ts"]],
      ["d.ts", ["d.ts"]],
      ["e.ts", ["a.ts"]],
    ]);
    expect(importCycles(graph)).toEqual([
      ["a.ts", "b.ts", "c.ts", "a.ts"],
      ["d.ts", "d.ts"],
    ]);
  });
});

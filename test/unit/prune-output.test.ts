import { describe, expect, it } from "vitest";
import { staleFiles } from "../../site/integrations/prune-output.ts";

describe("pruning the output folder after an incremental build", () => {
  const startedMs = 1_000;
  const stale = (files: [string, number][], written: string[] = []) =>
    staleFiles({
      files: files.map(([path, modifiedMs]) => ({ path, modifiedMs })),
      written: new Set(written),
      publicFiles: new Set(["favicon.svg"]),
      keep: ["pagefind", "sok"],
      assetsDir: "_astro",
      startedMs,
    });

  it("removes what no route wrote or kept, and keeps what one did", () => {
    // Act
    const removed = stale(
      [
        ["utproving/trukket/index.html", 2_000],
        ["utproving/gammel-men-uendret/index.html", 10],
        ["kontor/nav-alna/3/index.html", 10],
      ],
      ["utproving/gammel-men-uendret/index.html"],
    );

    // Assess
    expect(removed).toEqual(["utproving/trukket/index.html", "kontor/nav-alna/3/index.html"]);
  });

  it("keeps the public folder's files and the folders another step owns", () => {
    expect(
      stale([
        ["favicon.svg", 10],
        ["pagefind/pagefind.js", 10],
        ["sok/ordliste.json", 10],
        ["pagefinder/x.html", 10],
      ]),
    ).toEqual(["pagefinder/x.html"]);
  });

  it("keeps the scripts and styles this build wrote and removes older ones", () => {
    expect(
      stale([
        ["_astro/ny.abc.js", 1_500],
        ["_astro/gammel.def.js", 500],
      ]),
    ).toEqual(["_astro/gammel.def.js"]);
  });
});

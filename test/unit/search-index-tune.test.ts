import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { decode } from "cbor-x";
import fc from "fast-check";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic } from "../../infra/local/static-site.ts";
import {
  bodyPositions,
  chunkRange,
  chunkWords,
  keptMetaPositions,
  positionalPageIds,
  rangesWithLongerForms,
  tuneSearchIndex,
  tuneWords,
  type PackedWord,
} from "../../site/src/lib/search-index-tune.ts";

/** A word with one page per entry: [page step, positions, meta positions]. */
function word(text: string, pages: [number, number[], number[]][]): PackedWord {
  return [text, pages, []];
}

describe("the positions kept", () => {
  it("keeps the meta positions of the searchable fields only (a run starts with -(field + 1))", () => {
    // Field 0 is "dom", 3 is "title": [-1, 4] is dom at 4, [-4, 0, 2] is title at 0 and 2
    expect(keptMetaPositions([-1, 4, -4, 0, 2], new Set([3]))).toEqual([-4, 0, 2]);
    expect(keptMetaPositions([-1, 4], new Set([3]))).toEqual([]);
    // Before any marker the field is 0
    expect(keptMetaPositions([4, -4, 0], new Set([0]))).toEqual([4]);
  });

  it("keeps the first body position of a page, unmarked, and every position of the weighted parts", () => {
    // Body (weight 24, marker -25) at 3, 3+4, 3+4+9; title (240, marker -241) at 0 and 0+1
    expect(bodyPositions([-25, 3, 4, 9, -241, 0, 1])).toEqual([3, -241, 0, 1]);
    expect(bodyPositions([-241, 0, 1])).toEqual([-241, 0, 1]);
  });

  it("drops a page left with nothing and adds its step to the next page, and a word left with no page", () => {
    // Prepare: "lovende" on pages 2 and 5 only as verdict meta (field 0), on page 7 in the body
    const words = [
      word("lovende", [
        [2, [], [-1, 1]],
        [3, [], [-1, 1]],
        [2, [-25, 8], []],
      ]),
      word("nivå", [[0, [], [-1, 0]]]),
    ];

    // Act
    const tuned = tuneWords(words, new Set([3]));

    // Assess: page 7 is still 2 + 3 + 2 from the start
    expect(tuned).toEqual([word("lovende", [[7, [8], []]])]);
  });
});

describe("chunks", () => {
  const big = word(
    "utplassering",
    Array.from({ length: 10 }, () => [1, [-25, 1], []] as [number, number[], number[]]),
  );
  const small = (text: string) => word(text, [[0, [-25, 1], []]]);

  it("gives a word as big as a chunk a chunk of its own once the chunk before is half full", () => {
    // Act: small words count 3 locations each (the page and its two numbers), the big one 30; limit 12
    const chunks = chunkWords([small("ungdom"), small("utdanning"), small("utenfor"), big, small("utprøving")], 12);

    // Assess
    expect(chunks.map((c) => c.map(([w]) => w))).toEqual([["ungdom", "utdanning", "utenfor"], ["utplassering"], ["utprøving"]]);
  });

  it("lets a small chunk take the big word rather than leave a chunk of one small word", () => {
    const chunks = chunkWords([small("utenfor"), big, small("utprøving")], 12);
    expect(chunks.map((c) => c.map(([w]) => w))).toEqual([["utenfor", "utplassering"], ["utprøving"]]);
  });

  it("lists a chunk with its whole first and last word, from a shorter word in the chunk before when its first word extends one", () => {
    expect(chunkRange([small("utplassering")], [small("utdanning"), small("utenfor")])).toEqual(["utplassering", "utplassering"]);
    expect(chunkRange([small("kontaktperson"), small("kontor")], [small("konsulent"), small("kontakt"), small("kontakten")])).toEqual(["kontakt", "kontor"]);
  });
});

describe("the listed ranges", () => {
  it("end after the longer forms of the last word, unless the next range starts with one", () => {
    // Act
    const ranges = rangesWithLongerForms([
      ["ar", "arbeidssøker", "a"],
      ["arbeidstrening", "kontakt", "b"],
      ["kontakt", "kontaktperson", "c"],
      ["kontor", "kontor", "d"],
    ]);

    // Assess: "arbeidssøkere" is in the first range, "kontakten" in none but the third's start, "kontorene" in the last
    expect(ranges.map(([from, to]) => [from, to.replace("\u{10FFFF}", "…")])).toEqual([
      ["ar", "arbeidssøker…"],
      ["arbeidstrening", "kontakt"],
      ["kontakt", "kontaktperson…"],
      ["kontor", "kontor…"],
    ]);
    expect("arbeidssøkere" <= ranges[0]![1] && "arbeidssøkere" >= ranges[0]![0]).toBe(true);
  });
});

describe("pages named by their place", () => {
  const names = fc.uniqueArray(fc.stringMatching(/^[a-z]{2}_[0-9a-f]{7}$/), { minLength: 1, maxLength: 60 });
  const listed = (list: string[]) => list.map((name, i) => [name, 100 + i, ""]);

  it("names every page by one tag and its place in base 36, and keeps its word count and group", () => {
    fc.assert(
      fc.property(names, (list) => {
        const { pages, renames } = positionalPageIds(listed(list));
        const tag = pages[0]![0].slice(0, 8);
        expect(tag).toMatch(/^[0-9a-f]{8}$/);
        expect(pages).toEqual(list.map((_, i) => [`${tag}${i.toString(36)}`, 100 + i, ""]));
        expect(renames).toEqual(list.map((name, i) => [name, pages[i]![0]]));
      }),
    );
  });

  it("gives the same pages the same names, and every page a new name when the list changes anywhere", () => {
    const named = (list: string[]) => positionalPageIds(listed(list)).pages.map(([name]) => name);
    const changes: [string, (list: string[]) => string[]][] = [
      ["reversed", (list) => [...list].reverse()],
      ["the last page changed", (list) => [...list.slice(0, -1), `${list.at(-1)!}x`]],
      ["the first page changed", (list) => [`${list[0]!}x`, ...list.slice(1)]],
      ["a page added", (list) => [...list, "nb_fffffff"]],
      ["the last page taken away", (list) => list.slice(0, -1)],
    ];
    fc.assert(
      fc.property(
        names.filter((list) => list.length >= 2 && !list.includes("nb_fffffff")),
        (list) => {
          expect(named(list)).toEqual(named(list.map((name) => `${name}`)));
          for (const [what, change] of changes) {
            const before = new Set(named(list));
            const after = named(change(list));
            expect(
              after.filter((name) => before.has(name)),
              what,
            ).toEqual([]);
          }
        },
      ),
    );
  });

  it("refuses a page of another shape than Pagefind 1.6 writes", () => {
    expect(() => positionalPageIds([["nb_0000001", 12, "nb_group1"]])).toThrow(/unknown shape/);
    expect(() => positionalPageIds([["nb_0000001", "12", ""]])).toThrow(/unknown shape/);
    expect(() => positionalPageIds([["nb_0000001", 12]])).toThrow(/unknown shape/);
  });
});

describe("tuneSearchIndex on an index Pagefind wrote", () => {
  const TITLES = [
    "Utplassering i Lier",
    "Utplassering i Asker",
    "Kontakt med arbeidsgivere",
    "Kontaktperson for unge",
    "Jobbklubb for unge",
    "Mentor i Drammen",
  ];
  let dir: string;
  let server: Server;
  let origin: string;
  let before: Map<string, number>;
  let pagesBefore: string[];

  /** Every word of the index with its page count, and the listed chunk ranges with their words. */
  function readIndex(pagefindDir: string) {
    const read = (file: string): unknown => decode(gunzipSync(readFileSync(file)).subarray("pagefind_dcd".length));
    const entry = JSON.parse(readFileSync(join(pagefindDir, "pagefind-entry.json"), "utf8")) as { languages: { nb: { hash: string } } };
    const meta = read(join(pagefindDir, `pagefind.${entry.languages.nb.hash}.pf_meta`)) as [string, unknown[], [string, string, string][]];
    const chunks = meta[2].map(([from, to, hash]) => ({ from, to, hash, words: (read(join(pagefindDir, "index", `${hash}.pf_index`)) as [PackedWord[]])[0] }));
    const words = new Map(chunks.flatMap((c) => c.words.map(([w, pages]) => [w, pages.length] as const)));
    return {
      chunks,
      words,
      pages: (meta[1] as [string, number, string][]).map(([name]) => name),
      metaFiles: readdirSync(pagefindDir).filter((f) => f.endsWith(".pf_meta")),
      indexFiles: readdirSync(join(pagefindDir, "index")),
      fragmentFiles: readdirSync(join(pagefindDir, "fragment")),
    };
  }

  beforeAll(async () => {
    // Prepare: a small index of records like the site's, the verdict as meta only
    dir = mkdtempSync(join(tmpdir(), "utp-tune-"));
    const { index } = await pagefind.createIndex({ forceLanguage: "nb" });
    if (!index) throw new Error("Pagefind did not start");
    for (const [i, title] of TITLES.entries()) {
      const body = `${title}. Deltakerne fikk oppfølging på arbeidsplassen, og oppfølging hver uke.`;
      const html = `<!doctype html><html lang="nb"><body><p data-pagefind-weight="10">${title}</p><p data-pagefind-weight="1">${body}</p><div data-pagefind-ignore><span data-pagefind-meta="title">${title}</span><span data-pagefind-meta="dom">${i % 2 ? "Virket – lovende" : "Ingen resultater ennå"}</span><span data-pagefind-meta="sammendrag">Kort sammendrag sjelden${i}</span></div></body></html>`;
      await index.addHTMLFile({ url: `/utproving/${i}/`, content: html });
    }
    await index.writeFiles({ outputPath: join(dir, "pagefind") });
    await pagefind.close();
    ({ words: before, pages: pagesBefore } = readIndex(join(dir, "pagefind")));
    server = createServer((req, res) => serveStatic(dir, req, res, new URL(req.url ?? "/", "http://localhost")));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 60_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    rmSync(dir, { recursive: true, force: true });
  });

  it("lists every chunk by its whole words, keeps the words of the text, drops the meta-only ones, and renames what it rewrote", async () => {
    // Act: a limit of 12 locations makes several chunks of six records
    const report = tuneSearchIndex(join(dir, "pagefind"), { searchableMeta: ["title", "dom"], chunkLocations: 12 });

    // Assess
    const after = readIndex(join(dir, "pagefind"));
    expect(report.chunks).toBe(after.chunks.length);
    expect(after.chunks.length).toBeGreaterThan(2);
    expect(after.metaFiles).toHaveLength(1);
    expect(after.indexFiles.sort()).toEqual(after.chunks.map((c) => `${c.hash}.pf_index`).sort());
    for (const [i, chunk] of after.chunks.entries()) {
      expect([chunk.words.at(-1)![0], `${chunk.words.at(-1)![0]}\u{10FFFF}`]).toContain(chunk.to);
      const previous = after.chunks[i - 1]?.words.map(([w]) => w) ?? [];
      expect([chunk.words[0]![0], ...previous.filter((w) => chunk.words[0]![0].startsWith(w))]).toContain(chunk.from);
    }
    // The summary meta (not searchable) alone had "kort", "sammendrag" and "sjelden…"; the verdict (searchable) keeps "lovende" (stem "lov")
    const summaryOnly = (w: string) => /^(kort|sammendrag|sjelden)/.test(w);
    expect([...before.keys()].filter(summaryOnly)).toHaveLength(2 + TITLES.length);
    expect([...after.words.keys()].filter(summaryOnly)).toEqual([]);
    expect(after.words.get("lov")).toBe(3);
    for (const [w, pages] of before) if (!summaryOnly(w)) expect(after.words.get(w), w).toBe(pages);
    // The pages and their fragment files are named by one tag and their place
    expect(after.pages).toEqual(positionalPageIds(pagesBefore.map((name) => [name, 0, ""])).pages.map(([name]) => name));
    expect(after.fragmentFiles.sort()).toEqual(after.pages.map((name) => `${name}.pf_fragment`).sort());
  });

  it("still searches in Pagefind's own client: one chunk for a word of the index, the longer words for a prefix", async () => {
    // Prepare: Pagefind's browser script, run in Node against the served folder
    const loaded: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
      const path = new URL(String(input)).pathname;
      if (path.endsWith(".pf_index")) loaded.push(path);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      const client = (await import(join(dir, "pagefind", "pagefind.js"))) as {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string }> }[] }>;
      };
      await client.options({ basePath: `${origin}/pagefind/` });
      const urls = async (q: string) => {
        loaded.length = 0;
        const found = await client.search(q);
        return (await Promise.all(found.results.map((r) => r.data()))).map((d) => new URL(d.url).pathname).sort();
      };

      // Act and assess: a longer form than the index holds loads the chunk of its stem, by the range end
      expect(await urls("utplasseringen")).toEqual(["/utproving/0/", "/utproving/1/"]);
      expect(loaded).toHaveLength(1);
      // An exact word loads one chunk (here that same one, already loaded) and finds its pages
      expect(await urls("utplassering")).toEqual(["/utproving/0/", "/utproving/1/"]);
      expect(loaded).toHaveLength(0);
      expect(await urls("mentor")).toEqual(["/utproving/5/"]);
      expect(loaded).toHaveLength(1);
      // A word finds its longer forms, wherever its chunk ends
      expect(await urls("kontakt")).toEqual(["/utproving/2/", "/utproving/3/"]);
      // A prefix being typed, and a word only the verdict has
      expect(await urls("utplass")).toEqual(["/utproving/0/", "/utproving/1/"]);
      expect(await urls("lovende")).toEqual(["/utproving/1/", "/utproving/3/", "/utproving/5/"]);
      // Every page still has the body text's word, and its excerpt marks it
      const oppfolging = await client.search("oppfølging");
      expect(oppfolging.results).toHaveLength(TITLES.length);
      expect((await oppfolging.results[0]!.data()).excerpt).toContain("<mark>");
    } finally {
      globalThis.fetch = realFetch;
    }
  }, 30_000);
});

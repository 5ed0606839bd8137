import { BodyShort, Box, Button, Heading, Link, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import type { PilotContentInput } from "../../../../shared/domain/pilot.ts";
import { replicationStart } from "../../../../shared/domain/forms/replication.ts";
import { client } from "../../lib/api-client.ts";

/**
 * "Har andre prøvd dette før?": while the title and summary are written, up to three similar published
 * trials from the site's own Pagefind index, each with "Bruk som utgangspunkt" (a replication).
 */
interface Hit {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly office: string;
  readonly result: string;
}

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface Pagefind {
  init: () => Promise<void>;
  debouncedSearch: (term: string, options?: object, ms?: number) => Promise<{ results: PagefindResult[] } | null>;
  search: (term: string) => Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = "/pagefind/pagefind.js";
const STOP = new Set(["og", "for", "med", "til", "i", "på", "av", "en", "et", "som", "de", "det", "er", "om", "fra", "at", "å", "vi", "har"]);
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await module.init();
    return module;
  })();
  return pagefind;
}

/** The words worth searching for: the title's, and the summary's longest. */
export function searchTerms(title: string, summary: string): string[] {
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOP.has(w));
  const fromSummary = words(summary)
    .sort((a, b) => b.length - a.length)
    .slice(0, 4);
  return [...new Set([...words(title), ...fromSummary])];
}

export function SimilarTrials({ title, summary, onUse }: { title: string; summary: string; onUse: (start: Omit<PilotContentInput, "title">) => void }) {
  const [hits, setHits] = useState<Hit[]>([]);
  const [used, setUsed] = useState<string | undefined>();
  const [busy, setBusy] = useState<string | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const terms = searchTerms(title, summary).join(" ");

  useEffect(() => {
    if (terms.length < 4) {
      setHits([]);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      try {
        const pf = await loadPagefind();
        // One search for the whole phrase, and one per word, so a near title is found even with other words.
        const searches = await Promise.all([terms, ...terms.split(" ").slice(0, 6)].map((t) => pf.search(t)));
        const byData = new Map<string, { result: PagefindResult; score: number }>();
        searches.forEach((s, i) =>
          s.results.slice(0, 10).forEach((r) => {
            const key = r.id;
            const prev = byData.get(key);
            const score = r.score * (i === 0 ? 3 : 1);
            byData.set(key, { result: r, score: (prev?.score ?? 0) + score });
          }),
        );
        const loaded = await Promise.all(
          [...byData.values()]
            .sort((a, b) => b.score - a.score)
            .slice(0, 6)
            .map(async ({ result }) => result.data()),
        );
        const seen = new Set<string>();
        const found = loaded
          .filter((d) => d.meta.id && !seen.has(d.meta.id) && seen.add(d.meta.id))
          .slice(0, 3)
          .map((d) => ({ id: d.meta.id ?? "", url: d.url, title: d.meta.title ?? d.url, office: d.meta.kontor ?? "", result: d.meta.dom ?? "" }));
        if (!cancelled) setHits(found);
      } catch {
        if (!cancelled) setHits([]);
      }
    }, 400);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [terms]);

  if (!hits.length) return null;
  const use = async (hit: Hit) => {
    setBusy(hit.id);
    setFailed(undefined);
    try {
      const original = await client.getPilot(hit.id);
      onUse(replicationStart(original));
      setUsed(hit.title);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : "Fikk ikke hentet utprøvingen.");
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <Box as="section" aria-labelledby="lignende" padding="space-16" borderRadius="8" borderWidth="1" borderColor="neutral-subtle" className="utp-similar">
      <Heading level="3" size="small" id="lignende" spacing>
        Har andre prøvd dette før?
      </Heading>
      <BodyShort spacing>Disse publiserte utprøvingene ligner. Bygg gjerne videre på en av dem i stedet for å starte på nytt.</BodyShort>
      <VStack as="ul" gap="space-12" className="utp-similar__list">
        {hits.map((hit) => (
          <li key={hit.id}>
            <VStack gap="space-4">
              <Link href={hit.url} target="_blank">
                {hit.title}
              </Link>
              <BodyShort size="small">{[hit.office, hit.result].filter(Boolean).join(" · ")}</BodyShort>
              <div>
                <Button type="button" size="small" variant="secondary" loading={busy === hit.id} onClick={() => void use(hit)}>
                  Bruk som utgangspunkt
                </Button>
              </div>
            </VStack>
          </li>
        ))}
      </VStack>
      {used ? (
        <BodyShort role="status" className="utp-similar__used">
          {`Utprøvingen bygger nå på «${used}».`}
        </BodyShort>
      ) : null}
      {failed ? <BodyShort role="alert">{failed}</BodyShort> : null}
    </Box>
  );
}

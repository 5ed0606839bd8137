/**
 * The links a full Astro build puts in a page for its scripts and stylesheets, which the container cannot
 * know (it names a page's scripts by their source module and links no stylesheet). Learnt per route from
 * the served site: a page the renderer makes from the same records as the build must then equal the
 * build's file byte for byte, or the route is not learnt and a publish that touches it needs a full build.
 */

const SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;
const BUILT_STYLESHEET = /<link rel="stylesheet" href="\/_astro\/[^"]+">/g;
const HEAD_END = "</head>";

export interface AssetLinks {
  /** A script's source module, as the container names it, to its built file. */
  readonly scripts: Map<string, string>;
  /** The built stylesheet links of each route module, in the order the build writes them. */
  readonly stylesheets: Map<string, readonly string[]>;
}

export function emptyAssetLinks(): AssetLinks {
  return { scripts: new Map(), stylesheets: new Map() };
}

const isSourceScript = (src: string) => src.includes("?astro&type=script");

/**
 * The rendered page with the build's links in, or undefined when it has a script the build never linked
 * or its route's stylesheets are not known.
 */
export function withAssetLinks(links: AssetLinks, module: string, rendered: string): string | undefined {
  const stylesheets = links.stylesheets.get(module);
  if (!stylesheets) return undefined;
  let unknown = false;
  const scripted = rendered.replace(SCRIPT, (tag, src: string) => {
    if (!isSourceScript(src)) return tag;
    const built = links.scripts.get(src);
    if (!built) unknown = true;
    return `<script type="module" src="${built}"></script>`;
  });
  if (unknown) return undefined;
  const head = scripted.indexOf(HEAD_END);
  if (head < 0) return stylesheets.length === 0 ? scripted : undefined;
  return scripted.slice(0, head) + stylesheets.join("") + scripted.slice(head);
}

/**
 * Learns a route's links from one of its pages as rendered and as built from the same records. Returns
 * whether the rendered page, with the links in, is then the built one exactly.
 */
export function learnAssetLinks(links: AssetLinks, module: string, rendered: string, built: string): boolean {
  const renderedScripts = [...rendered.matchAll(SCRIPT)].map((m) => m[1] ?? "");
  const builtScripts = [...built.matchAll(SCRIPT)].map((m) => m[1] ?? "");
  if (renderedScripts.length !== builtScripts.length) return false;
  const scripts = new Map(links.scripts);
  for (const [i, src] of renderedScripts.entries()) {
    if (!isSourceScript(src)) continue;
    const target = builtScripts[i] ?? "";
    if (scripts.has(src) && scripts.get(src) !== target) return false;
    scripts.set(src, target);
  }
  const stylesheets = [...built.matchAll(BUILT_STYLESHEET)].map((m) => m[0]);
  const candidate: AssetLinks = { scripts, stylesheets: new Map([...links.stylesheets, [module, stylesheets]]) };
  if (withAssetLinks(candidate, module, rendered) !== built) return false;
  for (const [src, target] of scripts) links.scripts.set(src, target);
  links.stylesheets.set(module, stylesheets);
  return true;
}

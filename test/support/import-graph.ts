import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/** The source files whose relative imports make up the graph. */
export const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".js", ".mjs", ".astro"];

/**
 * The import specifiers of one file, static, dynamic and type-only alike, read by TypeScript's own pre-processor.
 * For an Astro component the frontmatter and every <script> block are read.
 */
export function importSpecifiers(fileName: string, text: string): string[] {
  const sources = fileName.endsWith(".astro") ? astroScripts(text) : [text];
  return sources.flatMap((source) => ts.preProcessFile(source, true, true).importedFiles.map((file) => file.fileName));
}

function astroScripts(text: string): string[] {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? "");
  return [...(frontmatter === undefined ? [] : [frontmatter]), ...scripts];
}

function listFiles(dir: string, skip: ReadonlySet<string>): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.has(entry.name) ? [] : listFiles(full, skip);
    return SOURCE_EXTENSIONS.includes(path.extname(entry.name)) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/**
 * The graph of relative imports among the files under `folders` (relative to `root`): each file, as a path relative
 * to `root`, maps to the files it imports that are themselves in the graph.
 */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const skip = new Set(["node_modules", "dist", ".astro", "cdk.out"]);
  const files = folders.flatMap((folder) => listFiles(path.join(root, folder), skip));
  const known = new Set(files.map((file) => path.relative(root, file)));
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const from = path.relative(root, file);
    const targets = importSpecifiers(file, readFileSync(file, "utf8"))
      .filter((specifier) => specifier.startsWith("."))
      .map((specifier) => resolveIn(known, path.relative(root, path.resolve(path.dirname(file), specifier.split("?")[0] ?? ""))))
      .filter((target): target is string => target !== undefined);
    graph.set(from, [...new Set(targets)]);
  }
  return graph;
}

/** The file an import names: as written, or with `.js` standing for `.ts`, or without its extension. */
function resolveIn(known: ReadonlySet<string>, target: string): string | undefined {
  const candidates = [
    target,
    target.replace(/\.js$/, ".ts"),
    target.replace(/\.js$/, ".tsx"),
    ...SOURCE_EXTENSIONS.map((ext) => target + ext),
    ...SOURCE_EXTENSIONS.map((ext) => path.join(target, `index${ext}`)),
  ];
  return candidates.find((candidate) => known.has(candidate));
}

/**
 * The import cycles of a graph: one per strongly connected component of more than one file (or a file that imports
 * itself), each given as a closed path `a → b → … → a` through that component, sorted.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) components.push(component);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  return components.map((component) => cycleThrough(graph, new Set(component))).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/** A shortest closed path from the component's first file (alphabetically) back to itself, staying in the component. */
function cycleThrough(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string[] {
  const start = [...component].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!component.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at: string | undefined = node; at !== undefined && at !== start; at = previous.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

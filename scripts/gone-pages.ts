/**
 * Writes the "Siden er fjernet" page (`shared/public/pages/gone-page.ts`, `noindex`) into the built site at every
 * trial address a redaction took away, so that the publish step (`aws s3 sync --delete`) replaces the old
 * page with it instead of leaving a 404 — or, before a first build, a copy of the old page.
 *
 * The table keeps a taken-away address only as its SHA-256 (`GONE#<hash>`), never the address: the address
 * is what held the personal data. So the build finds the old addresses where they still are, in the deployed
 * site: the trial folders the bucket has that this build did not make are hashed and looked up. An address
 * found gone gets the page, now and in every later build (the page keeps the folder in the bucket).
 *
 *   aws s3api list-objects-v2 --bucket "$SITE_BUCKET" --prefix utproving/ --delimiter / \
 *     --query "CommonPrefixes[].Prefix" --output text > deployed.txt
 *   npx tsx scripts/gone-pages.ts --deployed deployed.txt --out site/dist --list gone.txt
 *
 * `TABLE_NAME` (and the AWS region) name the table; `--list` gets the gone addresses one a line, for the
 * step that removes the bucket's older versions of those pages.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { createDocumentClient } from "../shared/adapters/dynamodb/dynamo.ts";
import { RedactionRepository } from "../shared/adapters/dynamodb/redaction-repository.ts";
import { GONE_PAGE_HTML } from "../shared/public/pages/gone-page.ts";

const DEPLOYED_FOLDER = /^utproving\/([a-z0-9-]{1,200})\/$/;

/** The trial addresses in a listing of the bucket's `utproving/` folders (any whitespace between them). */
export function deployedSlugs(listing: string): string[] {
  return listing.split(/\s+/).flatMap((entry) => {
    const match = DEPLOYED_FOLDER.exec(entry);
    return match?.[1] ? [match[1]] : [];
  });
}

/**
 * Writes the gone page for every deployed address the build did not make and `isGone` confirms; returns
 * those addresses. A page the build made is never touched.
 */
export async function writeGonePages(options: {
  readonly deployed: readonly string[];
  readonly outDir: string;
  readonly isGone: (slug: string) => Promise<boolean>;
}): Promise<string[]> {
  const gone: string[] = [];
  for (const slug of new Set(options.deployed)) {
    const dir = join(options.outDir, "utproving", slug);
    if (existsSync(join(dir, "index.html"))) continue;
    if (!(await options.isGone(slug))) continue;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "index.html"), GONE_PAGE_HTML);
    gone.push(slug);
  }
  return gone;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { deployed: { type: "string" }, out: { type: "string", default: "site/dist" }, list: { type: "string" } } });
  const tableName = process.env.TABLE_NAME;
  if (!values.deployed || !tableName) throw new Error("Usage: TABLE_NAME=<table> gone-pages.ts --deployed <listing> [--out site/dist] [--list <file>]");
  const db = createDocumentClient({ region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "eu-north-1" });
  const redactions = new RedactionRepository(db, tableName);
  const gone = await writeGonePages({
    deployed: deployedSlugs(readFileSync(values.deployed, "utf8")),
    outDir: values.out,
    isGone: (slug) => redactions.isGone(slug),
  });
  if (values.list) writeFileSync(values.list, gone.map((slug) => `${slug}\n`).join(""));
  console.log(`Sider som er fjernet: ${gone.length}`);
  db.destroy();
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) await main();

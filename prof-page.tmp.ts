import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { serveStatic } from "./infra/local/static-site.ts";
import { AXE_SOURCE, CHROMIUM_ARGS } from "./test/site/browser.ts";
const dir = "/tmp/prof/site/dist";
const server = createServer((req, res) => serveStatic(dir, req, res, new URL(req.url ?? "/", "http://localhost")));
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${(server.address() as any).port}`;
const extra = (process.env.XARGS ?? "").split(" ").filter(Boolean);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: [...CHROMIUM_ARGS, ...extra] });
const paths = ["/", "/metode/ips/", "/kunnskapskart/", "/statistikk/", "/kontor/", "/data/"];
const shared: Record<number, any> = {}; const pages: Record<number, any> = {};
const t = { goto: 0, shot: 0, axe: 0 };
for (let round = 0; round < 2; round++) for (const path of paths) for (const width of [1280, 390]) {
  const ctx = process.env.REUSE ? (shared[width] ??= await browser.newContext({ viewport: { width, height: 900 } })) : await browser.newContext({ viewport: { width, height: 900 } });
  const page = process.env.REUSE ? (pages[width] ??= await ctx.newPage()) : await ctx.newPage();
  let s = performance.now();
  await page.goto(origin + path + (process.env.NOPRELOAD ? "#np" : ""));
  t.goto += performance.now() - s; s = performance.now();
  await page.screenshot(process.env.JPEG ? { path: `/tmp/prof/shot.jpg`, fullPage: true, type: "jpeg", quality: 80 } : { path: `/tmp/prof/shot.png`, fullPage: true });
  t.shot += performance.now() - s; s = performance.now();
  await page.evaluate(AXE_SOURCE);
  await page.evaluate(async () => (window as any).axe.run({ runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] }, ...(location.hash ? { preload: false } : {}) }));
  t.axe += performance.now() - s;
  if (!process.env.REUSE) await ctx.close();
}
console.log(extra.join(" "), JSON.stringify(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)]))));
await browser.close(); server.close();

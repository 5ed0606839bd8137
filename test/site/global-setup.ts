import type { TestProject } from "vitest/node";
import { buildFixtureSite } from "./built-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built once from the fixture snapshot, for the test files that only read it. */
    fixtureSiteDir: string;
  }
}

/** Builds the fixture site once for the whole site project; each file then serves it instead of building its own. */
export default async function setup(project: TestProject): Promise<() => void> {
  const site = await buildFixtureSite();
  project.provide("fixtureSiteDir", site.dir);
  return () => site.remove();
}

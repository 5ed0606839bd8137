import { requiredEnv } from "../lib/env.ts";

/** Configuration of the stream functions, read once; a missing value stops the function at start-up. */
export const config = {
  /** The CodeBuild project that builds and publishes the site. */
  siteBuildProject: requiredEnv("SITE_BUILD_PROJECT"),
  region: process.env.AWS_REGION || "eu-north-1",
} as const;

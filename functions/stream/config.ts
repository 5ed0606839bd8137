/** Configuration of the stream functions, read once; a missing value stops the function at start-up. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  /** The CodeBuild project that builds and publishes the site. */
  siteBuildProject: requiredEnv("SITE_BUILD_PROJECT"),
  region: process.env.AWS_REGION || "eu-north-1",
} as const;

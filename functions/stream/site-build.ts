import { BatchGetBuildsCommand, ListBuildsForProjectCommand, StartBuildCommand, type Build, type CodeBuildClient } from "@aws-sdk/client-codebuild";

/**
 * Phases in which a build has not yet read the public export (the site build reads it in BUILD). A change that
 * arrives while a build is in one of these will be in that build, so there is no need to start another.
 */
export const PHASES_BEFORE_EXPORT: ReadonlySet<string> = new Set(["SUBMITTED", "QUEUED", "PROVISIONING", "DOWNLOAD_SOURCE", "INSTALL", "PRE_BUILD"]);

/** How many of the project's latest builds to look at; a waiting build is always among the newest. */
export const RECENT_BUILDS = 5;

export type BuildDecision =
  | { readonly action: "started"; readonly buildId: string | undefined }
  | { readonly action: "skipped"; readonly buildId: string | undefined; readonly phase: string | undefined };

/**
 * Starts a site build unless one is already waiting to read the export.
 *
 * Debounce, together with the event source's 60 s batching window: a burst of publishes reaches the function as
 * one batch (one build). Changes that arrive while that build is still queued or installing are skipped, since
 * the build will read them; changes that arrive once it is building start exactly one more build, which then
 * absorbs everything after it. A burst therefore gives one or two builds, never one per change.
 */
export async function requestSiteBuild(client: CodeBuildClient, projectName: string): Promise<BuildDecision> {
  const waiting = await findBuildBeforeExport(client, projectName);
  if (waiting) return { action: "skipped", buildId: waiting.id, phase: waiting.currentPhase };
  const started = await client.send(new StartBuildCommand({ projectName }));
  return { action: "started", buildId: started.build?.id };
}

async function findBuildBeforeExport(client: CodeBuildClient, projectName: string): Promise<Build | undefined> {
  const listed = await client.send(new ListBuildsForProjectCommand({ projectName, sortOrder: "DESCENDING" }));
  const ids = (listed.ids ?? []).slice(0, RECENT_BUILDS);
  if (ids.length === 0) return undefined;
  const { builds = [] } = await client.send(new BatchGetBuildsCommand({ ids }));
  return builds.find((build) => build.buildStatus === "IN_PROGRESS" && PHASES_BEFORE_EXPORT.has(build.currentPhase ?? "SUBMITTED"));
}

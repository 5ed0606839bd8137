import { CodeBuildClient, type Build, type StatusType } from "@aws-sdk/client-codebuild";
import { describe, expect, it } from "vitest";
import { PHASES_BEFORE_EXPORT, RECENT_BUILDS, requestSiteBuild } from "../../functions/stream/site-build.ts";

const PROJECT = "utprovingsbanken-test-site";

/**
 * CodeBuild in memory: a real CodeBuildClient whose middleware answers ListBuildsForProject, BatchGetBuilds and
 * StartBuild from a list of builds (newest first) instead of calling AWS.
 */
class FakeCodeBuild {
  readonly builds: Build[] = [];
  readonly calls: string[] = [];
  readonly client = new CodeBuildClient({ region: "eu-north-1", credentials: { accessKeyId: "test", secretAccessKey: "test" } });

  constructor() {
    this.client.middlewareStack.add(
      (_next, context) => async (args) => {
        const name = context.commandName ?? "";
        this.calls.push(name);
        return { output: { $metadata: {}, ...this.answer(name, args.input) }, response: {} };
      },
      { step: "initialize", name: "fakeCodeBuild" },
    );
  }

  /** Adds a build as the newest of the project. */
  add(status: StatusType, phase: string): this {
    this.builds.unshift({ id: `${PROJECT}:${this.builds.length + 1}`, projectName: PROJECT, buildStatus: status, currentPhase: phase });
    return this;
  }

  private answer(command: string, input: unknown): object {
    switch (command) {
      case "ListBuildsForProjectCommand":
        expect(input).toEqual({ projectName: PROJECT, sortOrder: "DESCENDING" });
        return { ids: this.builds.map((b) => b.id) };
      case "BatchGetBuildsCommand": {
        const ids = (input as { ids: string[] }).ids;
        return { builds: this.builds.filter((b) => ids.includes(b.id ?? "")) };
      }
      case "StartBuildCommand":
        expect(input).toEqual({ projectName: PROJECT });
        this.add("IN_PROGRESS", "SUBMITTED");
        return { build: this.builds[0] };
      default:
        throw new Error(`Unexpected CodeBuild call ${command}`);
    }
  }
}

describe("rebuild on publish: debounce", () => {
  it("starts a build when the project has never built", async () => {
    // Prepare
    const codebuild = new FakeCodeBuild();
    // Act
    const decision = await requestSiteBuild(codebuild.client, PROJECT);
    // Assess
    expect(decision).toEqual({ action: "started", buildId: `${PROJECT}:1` });
    expect(codebuild.calls).toEqual(["ListBuildsForProjectCommand", "StartBuildCommand"]);
  });

  it("starts a build when earlier builds have finished", async () => {
    const codebuild = new FakeCodeBuild().add("SUCCEEDED", "COMPLETED").add("FAILED", "COMPLETED");
    const decision = await requestSiteBuild(codebuild.client, PROJECT);
    expect(decision.action).toBe("started");
  });

  it.each([...PHASES_BEFORE_EXPORT])("skips when a build is still in %s (it has not read the export yet)", async (phase) => {
    const codebuild = new FakeCodeBuild().add("SUCCEEDED", "COMPLETED").add("IN_PROGRESS", phase);
    const decision = await requestSiteBuild(codebuild.client, PROJECT);
    expect(decision).toEqual({ action: "skipped", buildId: `${PROJECT}:2`, phase });
    expect(codebuild.calls).not.toContain("StartBuildCommand");
  });

  it.each(["BUILD", "POST_BUILD", "FINALIZING"])("starts one more build when the running one is already in %s", async (phase) => {
    const codebuild = new FakeCodeBuild().add("IN_PROGRESS", phase);
    const decision = await requestSiteBuild(codebuild.client, PROJECT);
    expect(decision).toEqual({ action: "started", buildId: `${PROJECT}:2` });
  });

  it("turns a burst of publishes into at most two builds", async () => {
    // Prepare: a build is running and past reading the export when the burst begins
    const codebuild = new FakeCodeBuild().add("IN_PROGRESS", "BUILD");
    // Act: ten batches in a row (e.g. ten publishes spread over several batching windows)
    const decisions = [];
    for (let i = 0; i < 10; i++) decisions.push(await requestSiteBuild(codebuild.client, PROJECT));
    // Assess: one new build, which then absorbs the rest
    expect(decisions.filter((d) => d.action === "started")).toHaveLength(1);
    expect(decisions.filter((d) => d.action === "skipped")).toHaveLength(9);
    expect(codebuild.builds).toHaveLength(2);
  });

  it("only looks at the newest builds", async () => {
    const codebuild = new FakeCodeBuild().add("IN_PROGRESS", "QUEUED");
    for (let i = 0; i < RECENT_BUILDS; i++) codebuild.add("SUCCEEDED", "COMPLETED");
    const decision = await requestSiteBuild(codebuild.client, PROJECT);
    expect(decision.action).toBe("started");
  });

  it("lets a CodeBuild failure through, so that the stream mapping retries", async () => {
    const codebuild = new FakeCodeBuild();
    codebuild.client.middlewareStack.add(
      () => async () => {
        throw new Error("ThrottlingException");
      },
      { step: "initialize", name: "failing", priority: "high" },
    );
    await expect(requestSiteBuild(codebuild.client, PROJECT)).rejects.toThrow("ThrottlingException");
  });
});

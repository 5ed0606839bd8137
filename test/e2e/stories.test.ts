import { afterAll } from "vitest";
import { stopSharedHub } from "./harness.ts";
// The stories, in the order they run. The evidence pages read the sample's methods as seeded, so they come
// before the stories that publish trials; every later story creates what it checks, or finds it by its own title.
import "./curator-evidence.story.ts";
import "./app-pages-tour.story.ts";
import "./register-and-publish.story.ts";
import "./registration-form.story.ts";
import "./building-on-others.story.ts";
import "./notices.story.ts";
import "./curator-conflict.story.ts";

/**
 * The browser stories: real Chromium against the whole local hub (API, local OpenID Connect issuer, DynamoDB
 * Local, the mail catcher and the site rebuilt after each change). They share one hub (`sharedHub` in
 * harness.ts), started by the first story's setup and seeded with the sample data once, instead of a hub, a seed
 * and a whole site build each. Each story opens its own browser. One story alone:
 * `npx vitest run --project e2e -t "<its describe>"`.
 */
afterAll(stopSharedHub);

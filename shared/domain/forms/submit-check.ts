import * as z from "zod/mini";
import { completenessIssues, PilotContentSchema, type PilotContent } from "../pilot.ts";
import { toContent, type FormValues } from "./form-values.ts";

/**
 * What the form checks when the user submits: the content schema and every completeness rule at once.
 * (The API's `PilotCompleteSchema` stops at the content schema's first miss, e.g. a missing title; the
 * form must list every missing field in one go.) Form values go in; each issue names its field's path.
 */
export const SubmitCheckSchema = z.pipe(
  z.transform((values): unknown => toContent(values as FormValues)),
  z.unknown().check(
    z.superRefine((content, ctx) => {
      const parsed = PilotContentSchema.safeParse(content);
      const seen = new Set<string>();
      const add = (path: PropertyKey[], message: string) => {
        const key = path.map(String).join(".");
        if (seen.has(key)) return;
        seen.add(key);
        ctx.addIssue({ code: "custom", path, message, input: undefined });
      };
      for (const issue of parsed.success ? [] : parsed.error.issues) add(issue.path, issue.message);
      // The completeness rules only look at whether a field is there, so they can read the unparsed content.
      for (const issue of completenessIssues((parsed.success ? parsed.data : content) as PilotContent)) add(issue.path, issue.message);
    }),
  ),
);

import * as z from "zod";
import { FollowSchema, NoticePreferencesSchema, type Follow } from "../../../../shared/domain/notices/preferences.ts";

/**
 * A follow to add to `follows`: something chosen and not followed already, then the shared follow schema, then
 * the list's own rules (how many) with it added.
 */
export function followFormSchema(follows: readonly Follow[]) {
  return z
    .object({ kind: z.string(), id: z.string(), delivery: z.string() })
    .superRefine((f, ctx) => {
      if (!f.id) ctx.addIssue({ code: "custom", path: ["id"], message: f.kind === "method" ? "Velg en metode å følge." : "Velg en målgruppe å følge." });
      else if (follows.some((x) => x.kind === f.kind && x.id === f.id)) ctx.addIssue({ code: "custom", path: ["id"], message: "Du følger dette allerede." });
    })
    .pipe(FollowSchema)
    .superRefine((f, ctx) => {
      // Only the list's own rules: the follow's fields are checked above.
      const list = NoticePreferencesSchema.shape.follows.safeParse([...follows, f]);
      const listIssue = list.error?.issues.find((i) => i.path.length === 0);
      if (listIssue) ctx.addIssue({ code: "custom", path: ["id"], message: listIssue.message });
    });
}

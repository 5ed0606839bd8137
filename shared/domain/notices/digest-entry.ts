import * as z from "zod/mini";

/** A notice waiting for its recipient's daily or weekly summary e-mail. */
export const DigestEntrySchema = z.strictObject({
  to: z.string(),
  rhythm: z.enum(["daily", "weekly"]),
  at: z.string(),
  eventKey: z.string(),
  subject: z.string(),
  link: z.string(),
});
export type DigestEntry = z.infer<typeof DigestEntrySchema>;

import * as z from "zod/mini";
import { NOTICE_KINDS } from "./notice.ts";

/** A notice as it is kept once claimed: what, about which trial, to whom, and whether it went out. */
export const SentNoticeSchema = z.strictObject({
  eventKey: z.string(),
  kind: z.enum(NOTICE_KINDS),
  pilotId: z.string(),
  officeId: z.string(),
  title: z.string(),
  to: z.string(),
  /** Why this address got it: the trial's contact, its author, a curator or a follower. */
  role: z.enum(["kontakt", "forfatter", "kurator", "folger"]),
  subject: z.string(),
  status: z.enum(["sending", "sent", "digest"]),
  claimedAt: z.string(),
  sentAt: z.optional(z.string()),
  messageId: z.optional(z.string()),
});
export type SentNotice = z.infer<typeof SentNoticeSchema>;

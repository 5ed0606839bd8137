import * as z from "zod/mini";
import { Slug } from "../fields.ts";
import { TargetGroupCode } from "../codes.ts";

export const FOLLOW_KINDS = ["method", "target-group"] as const;

export const FollowSchema = z
  .strictObject({
    kind: z.enum(FOLLOW_KINDS, { error: "Velg metode eller målgruppe" }),
    id: Slug,
    /** An e-mail for every newly published trial, or one weekly digest. */
    delivery: z.enum(["email", "weekly"], { error: "Velg e-post for hver utprøving eller ukentlig oppsummering" }),
  })
  .check(z.refine((f) => f.kind !== "target-group" || TargetGroupCode.safeParse(f.id).success, { error: "Ukjent målgruppe", path: ["id"] }));
export type Follow = z.infer<typeof FollowSchema>;

/** What one address wants to hear about. Results reminders are not optional and are not here. */
export const NoticePreferencesSchema = z.strictObject({
  /** Review notices about the office's trials (changes requested, published, reconsideration answered, withdrawn). */
  reviewNotices: z.boolean(),
  /** For curators: new submissions and reconsideration requests one by one, or once a day. */
  curatorDelivery: z.enum(["email", "daily"], { error: "Velg e-post for hver innsending eller daglig oppsummering" }),
  follows: z.array(FollowSchema).check(
    z.maxLength(50, { error: "Du kan følge høyst 50 metoder og målgrupper" }),
    z.refine((list) => new Set(list.map((f) => `${f.kind}:${f.id}`)).size === list.length, { error: "Du følger det samme flere ganger" }),
  ),
});
export type NoticePreferences = z.infer<typeof NoticePreferencesSchema>;

export const DEFAULT_PREFERENCES: NoticePreferences = { reviewNotices: true, curatorDelivery: "email", follows: [] };

/** Addresses are compared and stored in lower case. */
export function normalAddress(address: string): string {
  return address.trim().toLowerCase();
}

export const NoticePreferencesResponseSchema = z.extend(NoticePreferencesSchema, {
  /** The work address the notices go to (from the login). */
  address: z.string(),
  /** 0 until the preferences are saved the first time. */
  version: z.int().check(z.minimum(0)),
});

export const UnsubscribeBodySchema = z.strictObject({
  token: z
    .string({ error: "Mangler lenken fra e-posten" })
    .check(z.minLength(10, { error: "Lenken fra e-posten er ufullstendig" }), z.maxLength(2000, { error: "Lenken fra e-posten er for lang" })),
});

import * as z from "zod/mini";
import { NoticePreferencesResponseSchema, NoticePreferencesSchema, UnsubscribeBodySchema } from "../domain/notices/preferences.ts";
import { SentNoticeSchema } from "../domain/notices/sent-notice.ts";
import { Slug } from "../domain/fields.ts";
import { defineRoute, listOf } from "./contract.ts";

/** Notices: what a user wants to hear about, the unsubscribe link, and what was sent about an office's trials. */

export const getNoticePreferences = defineRoute({
  method: "GET",
  path: "/api/notices/preferences",
  access: "signed-in",
  tag: "notices",
  summary: "Dine varselinnstillinger og hva du følger",
  errors: [422],
  success: 200,
  response: NoticePreferencesResponseSchema,
});

export const putNoticePreferences = defineRoute({
  method: "PUT",
  path: "/api/notices/preferences",
  access: "signed-in",
  tag: "notices",
  summary: "Lagre varselinnstillingene (påminnelser om resultater kan ikke slås av)",
  body: NoticePreferencesSchema,
  ifMatch: true,
  example: { reviewNotices: true, curatorDelivery: "email", follows: [{ kind: "method", id: "ips", delivery: "email" }] },
  success: 200,
  response: NoticePreferencesResponseSchema,
});

export const unsubscribeNotices = defineRoute({
  method: "POST",
  path: "/api/notices/unsubscribe",
  access: "public",
  tag: "notices",
  summary: "Meld av valgfrie varsler med lenken fra en e-post (uten innlogging)",
  body: UnsubscribeBodySchema,
  example: { token: "eyJhIjoia2FyaUBuYXYuZXhhbXBsZSIsInYiOjF9.ugyldig-signatur" },
  success: 200,
  response: z.strictObject({ unsubscribed: z.literal(true) }),
});

export const listOfficeNotices = defineRoute({
  method: "GET",
  path: "/api/offices/{id}/notices",
  access: "own-office-or-kurator",
  tag: "notices",
  summary: "E-poster sendt om kontorets utprøvinger, nyeste først",
  params: z.object({ id: Slug }),
  query: z.object({
    cursor: z.optional(z.string().check(z.maxLength(2000))),
    limit: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(200))),
  }),
  success: 200,
  response: listOf(z.omit(SentNoticeSchema, { messageId: true })),
});

import { PilotSchema } from "../domain/pilot.ts";
import {
  AssignBodySchema,
  PublishBodySchema,
  ReconsiderationAnswerBodySchema,
  ReconsiderationBodySchema,
  ReplyBodySchema,
  RequestChangesBodySchema,
  WithdrawBodySchema,
} from "../domain/review.ts";
import { RedactBodySchema } from "../domain/privacy/redaction.ts";
import { defineRoute, listOf } from "./contract.ts";
import { RedactionResultSchema, ResultsDueItemSchema, ReviewQueueSchema, ReviewSchema } from "./review-responses.ts";

/** The curators' review and the offices' answers to it. */

export const getReview = defineRoute({
  method: "GET",
  path: "/api/pilots/{id}/review",
  access: "kurator",
  tag: "review",
  summary: "Vurderingsgrunnlag: planlagte mot rapporterte resultater, endringer siden publisering",
  errors: [404],
  success: 200,
  response: ReviewSchema,
});

export const reviewQueue = defineRoute({
  method: "GET",
  path: "/api/review-queue",
  access: "kurator",
  tag: "review",
  summary: "Utprøvinger som venter på vurdering, eldste først",
  success: 200,
  response: ReviewQueueSchema,
});

export const publishPilot = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/publish",
  access: "kurator",
  tag: "review",
  summary: "Publiser med vurdering av kunnskapsgrunnlag og metode",
  body: PublishBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { evidence: { strength: 2, direction: "positiv" }, methodId: "ips", note: "Godt beskrevet, med sammenligningsgruppe." },
  success: 200,
  response: PilotSchema,
});

export const requestChanges = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/request-changes",
  access: "kurator",
  tag: "review",
  summary: "Send tilbake til kontoret med en kommentar",
  body: RequestChangesBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { comment: "Beskriv hvordan deltakerne ble rekruttert." },
  success: 200,
  response: PilotSchema,
});

export const assignPilot = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/assign",
  access: "kurator",
  tag: "review",
  summary: "Ta en innsendt utprøving i vurderingskøen, eller gi den fra deg (står i historikken)",
  body: AssignBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { assignee: "me" },
  success: 200,
  response: PilotSchema,
});

export const withdrawPilot = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/withdraw",
  access: "own-office-or-kurator",
  tag: "review",
  summary: "Trekk tilbake (aldri slettet)",
  body: WithdrawBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { reason: "Utprøvingen ble registrert to ganger." },
  success: 200,
  response: PilotSchema,
});

export const requestReconsideration = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/reconsideration",
  access: "own-office",
  tag: "review",
  summary: "Be om ny vurdering av kunnskapsgrunnlaget",
  body: ReconsiderationBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { comment: "Evalueringsrapporten er nå lagt ved." },
  success: 202,
  response: PilotSchema,
});

export const answerReconsideration = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/reconsideration/answer",
  access: "kurator",
  tag: "review",
  summary: "Svar på en forespørsel om ny vurdering",
  body: ReconsiderationAnswerBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { requestedAt: "2026-01-15T10:00:00Z", decision: "kept", reason: "Rapporten endrer ikke designet." },
  success: 200,
  response: PilotSchema,
});

export const resultsDue = defineRoute({
  method: "GET",
  path: "/api/results-due",
  access: "signed-in",
  tag: "review",
  summary: "Utprøvinger som mangler resultater",
  success: 200,
  response: listOf(ResultsDueItemSchema),
});

export const replyToCurator = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/reply",
  access: "own-office",
  tag: "review",
  summary: "Svar på kuratorens kommentar (en del av historikken, aldri offentlig)",
  body: ReplyBodySchema,
  ifMatch: true,
  errors: [404, 409],
  example: { message: "Vi har lagt til hva bedriftene må stille med i oppskriften." },
  success: 200,
  response: PilotSchema,
});

export const redactPilot = defineRoute({
  method: "POST",
  path: "/api/pilots/{id}/redact",
  access: "kurator",
  tag: "review",
  summary: "Sladd personopplysninger i utprøvingen, i alle lagrede versjoner og i den publiserte visningen",
  body: RedactBodySchema,
  ifMatch: true,
  errors: [404],
  example: { identityNumbers: true, fields: ["/contact/phone"], reason: "Et fødselsnummer sto i sammendraget." },
  success: 200,
  response: RedactionResultSchema,
});

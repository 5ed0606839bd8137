import type { NoticeKind } from "../../../../shared/domain/notices/notice.ts";

/** How the notices are named in the list of what was sent. */
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  submitted: "Sendt til vurdering",
  reconsideration_requested: "Ny vurdering etterspurt",
  changes_requested: "Endringer etterspurt",
  published: "Publisert",
  reconsideration_answered: "Svar på ny vurdering",
  withdrawn: "Trukket tilbake",
  results_due: "Påminnelse om resultater",
  results_overdue_curators: "Resultater mangler (til kuratorer)",
  still_running: "Pågår den fortsatt?",
  followed_published: "Ny utprøving du følger",
};

export const ROLE_LABELS: Record<string, string> = { kontakt: "kontaktperson", forfatter: "registrert av", kurator: "kurator", folger: "følger" };

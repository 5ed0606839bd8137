/**
 * The names the handlers' metrics are published under, shared by the handlers (functions/lib/observability.ts)
 * and the dashboard that graphs them (infra/stacks/operations-stack.ts), so the two cannot drift apart.
 */
export const METRICS_NAMESPACE = "Utprovingsbanken";

/** The `service` dimension Powertools puts on every metric and log line, of every function. */
export const SERVICE_NAME = "utprovingsbanken-api";

/** The dimension that tells routes apart, e.g. `POST /api/pilots/{id}/submit`. */
export const ROUTE_DIMENSION = "route";

export const METRIC = {
  /** A trial sent to review (submit answered 2xx). */
  submissions: "Submissions",
  /** A trial published by a curator (publish answered 2xx). */
  publications: "Publications",
  /** An answer with status 400–499, per route. */
  clientErrors: "ClientErrors",
  /** An answer with status 500–599, per route. */
  serverErrors: "ServerErrors",
  /** Stream records of trials and reconsiderations read by the review notices. */
  noticeRecords: "NoticeStreamRecords",
  /** Review notices, reminders and digests sent by mail. */
  noticesSent: "NoticesSent",
  /** Notices that could not be sent (the batch or the run is retried). */
  noticeFailures: "NoticeFailures",
  /** Trials checked for missing results by the daily job. */
  trialsChecked: "TrialsChecked",
  /** Changes to published trials, methods and offices read by the public changes' stream consumer. */
  siteChanges: "SiteChanges",
  /** Site builds started by that consumer (a change while a build still waits starts none). */
  siteBuildsStarted: "SiteBuildsStarted",
  /** Stream records of trials, public records and methods read by that consumer for the derived figures. */
  figureChanges: "FigureStreamRecords",
  /** Method aggregates recomputed by that consumer. */
  methodAggregatesRefreshed: "MethodAggregatesRefreshed",
} as const;

/** Routes whose success is a business event worth counting, by route key. */
export const BUSINESS_EVENTS: Readonly<Record<string, string>> = {
  "POST /api/pilots/{id}/submit": METRIC.submissions,
  "POST /api/pilots/{id}/publish": METRIC.publications,
};

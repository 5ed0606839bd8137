import { Logger } from "@aws-lambda-powertools/logger";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import type middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { principalFromClaims } from "../../shared/domain/principal.ts";
import { BUSINESS_EVENTS, METRIC, METRICS_NAMESPACE, ROUTE_DIMENSION, SERVICE_NAME } from "./metric-names.ts";

/**
 * Structured logs and metrics for every API handler, the AWS way: Powertools' Logger writes one JSON line per
 * request to stdout (CloudWatch Logs in Lambda, the terminal in the local hub), and Powertools' Metrics writes
 * CloudWatch embedded-metric-format lines that CloudWatch turns into metrics.
 *
 * The log level comes from `POWERTOOLS_LOG_LEVEL` (default INFO; the tests set SILENT), and
 * `POWERTOOLS_METRICS_DISABLED=true` keeps metrics out of the local hub's terminal.
 */
export const logger = new Logger({ serviceName: SERVICE_NAME });
export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME });

/** What one request's log line says. Deliberately no names, e-mail addresses, bodies or other free text. */
export interface RequestLogFields {
  readonly requestId: string | undefined;
  readonly apiRequestId: string | undefined;
  readonly route: string | undefined;
  readonly method: string | undefined;
  readonly status: number;
  readonly latencyMs: number;
  /** `kontor`, `kurator`, or `anonym` when the request carried no token with a known role. */
  readonly role: "kontor" | "kurator" | "anonym";
}

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;

/**
 * A middy middleware that logs one structured line per request and counts errors per route and the business
 * events (submissions, publications). Register it before the error handler, so that its `after`/`onError`
 * run last and see the final status.
 */
export function observability(): middy.MiddlewareObj<Event, Result, Error, Context> {
  const started = new WeakMap<object, number>();

  const finish = (request: middy.Request<Event, Result, Error, Context>) => {
    const event = request.event;
    const status = request.response?.statusCode ?? 500;
    const route = event.routeKey ?? event.requestContext?.routeKey;
    const fields: RequestLogFields = {
      requestId: request.context?.awsRequestId,
      apiRequestId: event.requestContext?.requestId,
      route,
      method: event.requestContext?.http?.method,
      status,
      latencyMs: Math.round(performance.now() - (started.get(request) ?? performance.now())),
      role: roleOf(event),
    };
    if (status >= 500) logger.error("request", { ...fields });
    else logger.info("request", { ...fields });
    countRequest(route, status);
  };

  return {
    before: (request) => {
      started.set(request, performance.now());
    },
    after: finish,
    onError: finish,
  };
}

/** Publishes the metrics one answer gives. A single-metric instance per value: nothing is shared between requests. */
export function countRequest(route: string | undefined, status: number): void {
  const event = route && status >= 200 && status < 300 ? BUSINESS_EVENTS[route] : undefined;
  if (event) metrics.singleMetric().addMetric(event, MetricUnit.Count, 1);
  const error = status >= 500 ? METRIC.serverErrors : status >= 400 ? METRIC.clientErrors : undefined;
  if (error && route) {
    const single = metrics.singleMetric();
    single.addDimension(ROUTE_DIMENSION, route);
    single.addMetric(error, MetricUnit.Count, 1);
  }
}

function roleOf(event: Event): RequestLogFields["role"] {
  const claims = event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
  return principalFromClaims(claims)?.role ?? "anonym";
}

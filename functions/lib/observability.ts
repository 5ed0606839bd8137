import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import middy from "@middy/core";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { principalFromClaims } from "../../shared/domain/principal.ts";
import { BUSINESS_EVENTS, METRIC, METRICS_NAMESPACE, ROUTE_DIMENSION, SERVICE_NAME } from "./metric-names.ts";

/**
 * Structured logs and metrics for every function (API handlers, stream consumers, the daily job), the AWS way:
 * Powertools' Logger writes JSON lines to stdout (CloudWatch Logs in Lambda, the terminal in the local hub), and
 * Powertools' Metrics writes CloudWatch embedded-metric-format lines that CloudWatch turns into metrics. This is
 * the one Logger and the one Metrics of the code base, under one service name.
 *
 * The log level comes from `POWERTOOLS_LOG_LEVEL` (default INFO; the tests set SILENT), and
 * `POWERTOOLS_METRICS_DISABLED=true` keeps metrics out of the local hub's terminal.
 */
export const logger = new Logger({ serviceName: SERVICE_NAME });

/**
 * What Powertools' Metrics says after an invocation that stored no metric of its own (most API requests, whose
 * counts are single metrics published at once). `publishStoredMetrics()` says it on every such flush unless
 * `throwOnEmptyMetrics` is set, which would fail the invocation instead; Metrics has no switch to leave it out.
 */
export const EMPTY_METRICS_NOTICE = "No application metrics to publish";

/**
 * Metrics' own messages go through the shared Logger (JSON, with the invocation's context and log level) instead
 * of a bare console: real problems (an invalid metric or dimension) stay warnings, while the notice that an
 * invocation had nothing to count is only a debug line.
 */
const metricsMessages = {
  debug: (...content: unknown[]) => logger.debug(text(content)),
  info: (...content: unknown[]) => logger.info(text(content)),
  warn: (...content: unknown[]) => {
    const message = text(content);
    if (message.startsWith(EMPTY_METRICS_NOTICE)) logger.debug(message);
    else logger.warn(message);
  },
  error: (...content: unknown[]) => logger.error(text(content)),
};

function text(content: unknown[]): string {
  return content.map((part) => (typeof part === "string" ? part : JSON.stringify(part))).join(" ");
}

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: SERVICE_NAME, logger: metricsMessages });

type Middy<E, R> = middy.MiddyfiedHandler<E, R, Error, Context>;

/** The handlers that carry the Powertools middlewares, so a test can tell that every deployed one does. */
const observed = new WeakSet<object>();

/**
 * Adds Powertools' own middlewares to a middy handler: `injectLambdaContext` puts the invocation's context
 * (request id, function name, cold start) on every log line, and `logMetrics` publishes the stored metrics when
 * the handler returns or throws. Register them first, so that their after/onError run last.
 */
export function withPowertools<E, R>(handler: Middy<E, R>): Middy<E, R> {
  handler.use(injectLambdaContext(logger, { resetKeys: true })).use(logMetrics(metrics));
  observed.add(handler);
  return handler;
}

/** A non-HTTP function (stream consumer, scheduled job) with the shared Logger and Metrics. */
export function lambdaHandler<E, R>(fn: (event: E, context: Context) => Promise<R>): Middy<E, R> {
  return withPowertools(middy<E, R, Error, Context>({ timeoutEarlyInMillis: 0 })).handler(fn);
}

/** Whether a handler was built with {@link withPowertools}. */
export function usesPowertools(handler: unknown): boolean {
  return typeof handler === "function" && observed.has(handler);
}

/** Adds a count to the invocation's stored metrics; `logMetrics` publishes them when the invocation ends. */
export function count(name: string, value: number): void {
  metrics.addMetric(name, MetricUnit.Count, value);
}

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

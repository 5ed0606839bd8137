import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";

/** What API Gateway hands a route's function. */
export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

/** A request header, whatever its case. */
export function header(event: ApiEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

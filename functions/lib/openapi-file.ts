/**
 * The OpenAPI document is written at deploy time as a file next to the `system/openapi` bundle (see
 * `writeOpenApiFile` in `openapi.ts`), so that the function serves it as it is instead of carrying the route
 * contracts and generating it on its first call.
 */
export const OPENAPI_FILE = "openapi.json";

import { createApiClient } from "../lib/api-client.ts";
import { reauthenticate, requireToken } from "./auth.ts";

export { ApiError, type ApiResponse, type Problem, type ResponseBody } from "../lib/api-client.ts";

/** The API as the signed-in user: the ID token on every call, and a 401 sends the user to log in again. */
export const api = createApiClient({ token: requireToken, reauthenticate });

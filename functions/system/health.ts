import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler("GET /api/health", {}, async () => ({ status: 200, body: { status: "ok" } }));

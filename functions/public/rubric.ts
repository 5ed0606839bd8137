import { EVIDENCE_RUBRIC } from "../../shared/domain/evidence.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler("GET /api/public/rubric", {}, async () => ({
  status: 200,
  headers: { "cache-control": "public, max-age=3600" },
  body: EVIDENCE_RUBRIC,
}));

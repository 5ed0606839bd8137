import { publicRubric } from "../../shared/contracts/public.ts";
import { EVIDENCE_RUBRIC } from "../../shared/domain/evidence.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(publicRubric, async () => ({
  headers: { "cache-control": "public, max-age=3600" },
  body: {
    ...EVIDENCE_RUBRIC,
    howWeDecide: [...EVIDENCE_RUBRIC.howWeDecide],
    levels: EVIDENCE_RUBRIC.levels.map((level) => ({ ...level, criteria: [...level.criteria], typicalDesigns: [...level.typicalDesigns] })),
    recommendation: { ...EVIDENCE_RUBRIC.recommendation, criteria: EVIDENCE_RUBRIC.recommendation.criteria.map((criterion) => ({ ...criterion })) },
  },
}));

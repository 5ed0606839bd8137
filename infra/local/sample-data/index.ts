export { SAMPLE_OFFICES, type SampleOffice } from "./offices.ts";
export { SAMPLE_METHODS, type SampleMethod } from "./methods.ts";
export { SAMPLE_PILOTS, type SamplePilot } from "./pilots.ts";
export { sampleReviewDays } from "./review-days.ts";

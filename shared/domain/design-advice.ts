import { detectableEffect, jointDetectableEffect } from "./detectable-effect.ts";

/**
 * What a planned trial can show, in plain Norwegian: from the planned participants and the share expected
 * without the trial, the smallest difference it could detect (80 % power, 5 % two-sided) with an equally
 * large comparison group and against a known level without one, and what would make it stronger.
 * The registration form and the curator's review both show this text.
 */

export interface DesignInput {
  /** Planned participants in the trial. */
  readonly participants?: number | undefined;
  /** The share expected without the trial, in percent. */
  readonly expectedShare?: number | undefined;
  /** Whether a higher share is the better result (false for re-offending); by default true. */
  readonly higherIsBetter?: boolean | undefined;
  readonly followUpMonths?: number | undefined;
}

export type DesignAdvice =
  | { readonly kind: "missing"; readonly text: string }
  | {
      readonly kind: "estimate";
      readonly sentence: string;
      /** Percentage points, rounded up; undefined when the trial is too small to detect any change that way. */
      readonly withComparison?: number;
      readonly withoutComparison?: number;
      /** What would make the trial stronger, one sentence each. */
      readonly stronger: readonly string[];
    };

/** Offices assumed in the "more offices together" suggestion. */
export const JOINT_OFFICES = 3;
/** Below this follow-up, a longer one is suggested. */
export const SHORT_FOLLOW_UP_MONTHS = 12;

const whole = (n: number) => new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 0 }).format(n).replace(/\u00a0/g, " ");
const share = (n: number) => new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 }).format(n).replace(/\u00a0/g, " ");
const points = (n: number | undefined) => (n === undefined ? undefined : Math.ceil(n - 1e-9));

export function designAdvice(input: DesignInput): DesignAdvice {
  const { participants, expectedShare } = input;
  const hasParticipants = participants !== undefined && Number.isInteger(participants) && participants >= 2;
  const hasShare = expectedShare !== undefined && expectedShare > 0 && expectedShare < 100;
  if (!hasParticipants || !hasShare) {
    const missing = [
      !hasParticipants ? "planlagt antall deltakere (minst 2)" : undefined,
      !hasShare ? "forventet andel uten tiltaket (mellom 0 og 100 %)" : undefined,
    ].filter(Boolean);
    return { kind: "missing", text: `Fyll ut ${missing.join(" og ")} for å se hvor stor forskjell utprøvingen kan påvise.` };
  }
  const up = input.higherIsBetter !== false;
  const pick = (c: { increase?: number; decrease?: number }) => points(up ? c.increase : c.decrease);
  const effect = detectableEffect({ baseline: expectedShare, n: participants, nIs: "per-group" });
  const withComparison = pick(effect.withComparison);
  const withoutComparison = pick(effect.withoutComparison);

  const opening = `Med ${whole(participants)} deltakere og ${share(expectedShare)} % uten tiltaket`;
  const only = (withComparison ?? 100) >= 10 ? "bare " : "";
  const comparisonPart =
    withComparison !== undefined
      ? `kan utprøvingen ${only}påvise en forskjell på minst ${whole(withComparison)} prosentpoeng med en like stor sammenligningsgruppe`
      : `kan utprøvingen ikke påvise noen forskjell med en like stor sammenligningsgruppe`;
  const knownPart =
    withoutComparison === undefined
      ? "og heller ikke mot et kjent nivå uten"
      : withComparison === undefined
        ? `men minst ${whole(withoutComparison)} prosentpoeng mot et kjent nivå uten`
        : `eller ${whole(withoutComparison)} prosentpoeng mot et kjent nivå uten`;
  const sentence = `${opening} ${comparisonPart}, ${knownPart}.`;

  const stronger: string[] = [
    "En sammenligningsgruppe, for eksempel deltakere ved et kontor som ikke prøver tiltaket, viser om forskjellen skyldes tiltaket og ikke noe annet som skjedde samtidig.",
  ];
  const joint = jointDetectableEffect(
    Array.from({ length: JOINT_OFFICES }, () => participants),
    { baseline: expectedShare, nIs: "per-group" },
  );
  const jointPoints = pick(joint.withComparison);
  if (jointPoints !== undefined) {
    stronger.push(
      `Flere kontorer sammen gir flere deltakere: ${whole(JOINT_OFFICES)} kontorer med ${whole(participants)} deltakere hver kan sammen påvise ${whole(jointPoints)} prosentpoeng med sammenligningsgruppe.`,
    );
  }
  if (input.followUpMonths === undefined || input.followUpMonths < SHORT_FOLLOW_UP_MONTHS) {
    stronger.push(
      `En lengre oppfølging, for eksempel ${SHORT_FOLLOW_UP_MONTHS} måneder, gir deltakerne tid til å komme i arbeid, så en virkning rekker å vise seg.`,
    );
  }
  return {
    kind: "estimate",
    sentence,
    ...(withComparison !== undefined ? { withComparison } : {}),
    ...(withoutComparison !== undefined ? { withoutComparison } : {}),
    stronger,
  };
}

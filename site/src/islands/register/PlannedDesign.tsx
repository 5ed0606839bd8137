import { useEffect, useRef } from "react";
import { useFormContext } from "react-hook-form";
import { expectedShareFor, expectedShareSource, type ExpectedShareDefaults } from "../../../../shared/domain/forms/expected-share.ts";
import { getAt } from "../../../../shared/domain/forms/form-values.ts";
import { DesignAdviceView, isShareOutcome } from "../common/DesignAdvice.tsx";

interface Props {
  readonly index: number;
  /** The form's content, numbers parsed. */
  readonly content: Record<string, unknown>;
  readonly defaults: ExpectedShareDefaults;
}

type Outcome = { measureCode?: string; expectedShare?: number; followUpMonths?: number; name?: string };

/**
 * Under a planned outcome that is a share: fills in the expected share without the trial from the bank when
 * a standard measure is chosen and the field is empty, and shows what the trial can detect.
 */
export function PlannedDesign({ index, content, defaults }: Props) {
  const { setValue, getValues } = useFormContext();
  const outcome = (getAt(content, `plannedOutcomes.${index}`) ?? {}) as Outcome;
  const methodId = typeof content.methodId === "string" ? content.methodId : undefined;
  const prefill = expectedShareFor(defaults, outcome.measureCode, methodId);
  const filledFor = useRef<string | undefined>(undefined);
  const path = `plannedOutcomes.${index}.expectedShare`;

  useEffect(() => {
    const code = outcome.measureCode;
    if (!code || filledFor.current === code) return;
    filledFor.current = code;
    const current = getValues(path) as unknown;
    if (prefill && (current === undefined || current === "")) setValue(path, String(prefill.value).replace(".", ","), { shouldDirty: true });
  }, [outcome.measureCode, prefill, path, getValues, setValue]);

  if (!isShareOutcome(outcome)) return null;
  const participants = getAt(content, "participants.planned");
  const source = prefill && outcome.expectedShare === prefill.value ? expectedShareSource(prefill) : undefined;
  return <DesignAdviceView participants={typeof participants === "number" ? participants : undefined} outcome={outcome} source={source} />;
}

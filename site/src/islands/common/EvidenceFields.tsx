import { Radio, RadioGroup, Select } from "@navikt/ds-react";
import { useController, useFormState, type Control, type FieldValues, type Path } from "react-hook-form";
import { EVIDENCE_LEVELS } from "../../../../shared/domain/evidence.ts";
import { EVIDENCE_DIRECTIONS } from "../../../../shared/domain/taxonomy.ts";

/** A form that rates the evidence holds the level and the direction as its controls do: text, "" for no choice. */
export interface EvidenceValues extends FieldValues {
  evidence: { strength: string; direction: string };
}

/** The rating's missing choices in the form's own words (for `formResolver`). */
export const EVIDENCE_MESSAGES = {
  "evidence.strength": "Velg et nivå fra 1 til 4",
  "evidence.direction": "Velg retning på resultatet",
} as const;

/**
 * The evidence rating as a curator gives it when publishing a trial or changing a rating: the level (1–4, with
 * what each means) and the direction of the result. The first level takes focus when the level is missing.
 * With `id`, the group and each level have ids of their own (`<id>--<level>`), for links to the field.
 */
export function EvidenceFields<T extends EvidenceValues, Parsed extends FieldValues>({
  control,
  legend,
  id,
}: {
  control: Control<T, unknown, Parsed>;
  legend: string;
  id?: string;
}) {
  const strength = useController({ control, name: "evidence.strength" as Path<T> });
  const direction = useController({ control, name: "evidence.direction" as Path<T> });
  const { errors } = useFormState({ control, name: "evidence" as Path<T> });
  const evidenceError = (errors as { evidence?: { message?: string } }).evidence?.message;
  return (
    <>
      <RadioGroup
        {...(id ? { id } : {})}
        legend={legend}
        value={strength.field.value}
        onChange={strength.field.onChange}
        error={strength.fieldState.error?.message ?? evidenceError}
      >
        {EVIDENCE_LEVELS.map((level, i) => (
          <Radio
            key={level.strength}
            value={String(level.strength)}
            {...(id ? { id: `${id}--${level.strength}` } : {})}
            description={level.summary}
            ref={i === 0 ? strength.field.ref : undefined}
          >
            {`${level.strength} ${level.label}`}
          </Radio>
        ))}
      </RadioGroup>
      <Select
        label="Retning på resultatet"
        name={direction.field.name}
        ref={direction.field.ref}
        value={direction.field.value}
        onChange={(e) => direction.field.onChange(e.target.value)}
        onBlur={direction.field.onBlur}
        error={direction.fieldState.error?.message}
        className="utp-field"
      >
        <option value="">Velg</option>
        {EVIDENCE_DIRECTIONS.map((d) => (
          <option key={d.code} value={d.code}>
            {d.label}
          </option>
        ))}
      </Select>
    </>
  );
}

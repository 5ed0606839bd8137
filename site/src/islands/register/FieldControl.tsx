import { Checkbox, CheckboxGroup, DatePicker, Radio, RadioGroup, Select, Textarea, TextField, UNSAFE_Combobox, useDatepicker } from "@navikt/ds-react";
import { useEffect, useMemo } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { fieldId, shownLabel, type FieldDef } from "../../../../shared/domain/forms/pilot-form.ts";
import type { Warning } from "../../../../shared/domain/forms/plausibility.ts";
import { useListboxName } from "./listbox-name.ts";

/** Lists the page loaded that some fields choose from. */
export interface Choices {
  readonly offices: readonly { id: string; name: string }[];
  readonly methods: readonly { id: string; name: string }[];
}

interface Props {
  readonly def: FieldDef;
  /** The full content path of the field. */
  readonly path: string;
  /** Overrides the label (list rows name their row). */
  readonly label?: string;
  readonly choices: Choices;
  readonly warnings: readonly Warning[];
}

function isoDate(d: Date | undefined): string {
  if (!d) return "";
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function fromIso(s: unknown): Date | undefined {
  if (typeof s !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return undefined;
  const [y, m, d] = s.split("-").map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** Re-validates a field as the user fixes it, so an error disappears as soon as it is fixed. */
function useRevalidate(path: string) {
  const { trigger, getFieldState, formState } = useFormContext();
  return () => {
    if (getFieldState(path).error || formState.isSubmitted) void trigger(path);
  };
}

function DateField({
  def,
  path,
  label,
  error,
  description,
}: {
  def: FieldDef;
  path: string;
  label: string;
  error: string | undefined;
  description: string | undefined;
}) {
  const { field } = useController({ name: path });
  const revalidate = useRevalidate(path);
  const { datepickerProps, inputProps, setSelected, selectedDay } = useDatepicker({
    defaultSelected: fromIso(field.value),
    onDateChange: (d) => {
      field.onChange(isoDate(d));
      revalidate();
    },
  });
  // A value set from outside (a newer version, a restored copy) reaches the picker.
  useEffect(() => {
    if (isoDate(selectedDay) !== (field.value ?? "")) setSelected(fromIso(field.value));
  }, [field.value]);
  return (
    <DatePicker {...datepickerProps} locale="nb" dropdownCaption fromDate={new Date(2000, 0, 1)} toDate={new Date(2040, 11, 31)}>
      <DatePicker.Input
        {...inputProps}
        id={fieldId(path)}
        label={label}
        description={description}
        error={error}
        onBlur={(e) => {
          inputProps.onBlur?.(e);
          field.onBlur();
        }}
        className={def.width === "short" ? "utp-short" : undefined}
      />
    </DatePicker>
  );
}

export function FieldControl({ def, path, label: labelOverride, choices, warnings }: Props) {
  const { field, fieldState } = useController({ name: path });
  const revalidate = useRevalidate(path);
  const id = fieldId(path);
  const label = shownLabel({ label: labelOverride ?? def.label, requirement: def.requirement });
  const warning = warnings
    .filter((w) => w.path === path)
    .map((w) => w.message)
    .join(" ");
  const description = [def.description, warning ? `Obs: ${warning}` : undefined].filter(Boolean).join(" ") || undefined;
  const error = fieldState.error?.message;
  const change = (value: unknown) => {
    field.onChange(value);
    revalidate();
  };
  const planned = useWatch({ name: "plannedOutcomes" }) as { id?: string; name?: string }[] | undefined;
  const officeOptions = useMemo(() => choices.offices.map((o) => ({ label: o.name, value: o.id })), [choices.offices]);
  const officeList = useListboxName<HTMLDivElement>(labelOverride ?? def.label);
  const text = typeof field.value === "string" ? field.value : field.value === undefined || field.value === null ? "" : String(field.value);

  switch (def.kind) {
    case "hidden":
      return null;
    case "textarea":
      return (
        <Textarea
          id={id}
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          error={error}
          value={text}
          onChange={(e) => change(e.target.value)}
          onBlur={field.onBlur}
          minRows={3}
          resize="vertical"
          className="utp-field"
        />
      );
    case "select":
    case "method":
    case "planned-outcome": {
      const options =
        def.kind === "method"
          ? choices.methods.map((m) => ({ code: m.id, label: m.name }))
          : def.kind === "planned-outcome"
            ? (planned ?? []).filter((p) => p.id).map((p, i) => ({ code: p.id ?? "", label: p.name || `Resultatmål ${i + 1}` }))
            : (def.options ?? []);
      return (
        <Select
          id={id}
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          error={error}
          value={text}
          onChange={(e) => change(e.target.value)}
          onBlur={field.onBlur}
          className="utp-field"
        >
          <option value="">{def.emptyOption ?? "Velg"}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </Select>
      );
    }
    case "radio":
      return (
        <RadioGroup id={id} legend={label} description={description} error={error} value={text} onChange={(v: string) => change(v)} className="utp-field">
          {(def.options ?? []).map((o) => (
            <Radio key={o.code} value={o.code} description={o.description}>
              {o.label}
            </Radio>
          ))}
        </RadioGroup>
      );
    case "checkboxes":
      return (
        <CheckboxGroup
          id={id}
          legend={label}
          description={description}
          error={error}
          value={Array.isArray(field.value) ? field.value : []}
          onChange={(v: string[]) => change(v)}
          className="utp-field"
        >
          {(def.options ?? []).map((o) => (
            <Checkbox key={o.code} value={o.code} id={`${id}--${o.code}`} description={o.description}>
              {o.label}
            </Checkbox>
          ))}
        </CheckboxGroup>
      );
    case "offices": {
      const selected = Array.isArray(field.value) ? (field.value as string[]) : [];
      return (
        <div className="utp-field" ref={officeList}>
          <UNSAFE_Combobox
            id={id}
            label={label}
            description={description}
            error={error}
            options={officeOptions}
            isMultiSelect
            selectedOptions={officeOptions.filter((o) => selected.includes(o.value))}
            onToggleSelected={(value, isSelected) => change(isSelected ? [...selected, value] : selected.filter((s) => s !== value))}
          />
        </div>
      );
    }
    case "date":
      return <DateField def={def} path={path} label={label} error={error} description={description} />;
    default: {
      const numeric = def.kind === "integer" || def.kind === "decimal" || def.kind === "nok";
      return (
        <TextField
          id={id}
          ref={field.ref}
          name={field.name}
          label={label}
          description={description}
          error={error}
          value={text}
          onChange={(e) => change(e.target.value)}
          onBlur={field.onBlur}
          type={def.kind === "email" ? "email" : def.kind === "tel" ? "tel" : def.kind === "url" ? "url" : "text"}
          inputMode={def.kind === "integer" || def.kind === "nok" ? "numeric" : def.kind === "decimal" ? "decimal" : undefined}
          autoComplete={def.kind === "email" ? "email" : def.kind === "tel" ? "tel" : "off"}
          htmlSize={numeric || def.width === "short" ? 14 : undefined}
          className="utp-field"
        />
      );
    }
  }
}

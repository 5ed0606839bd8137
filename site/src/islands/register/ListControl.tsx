import { Button, Fieldset, Heading, VStack } from "@navikt/ds-react";
import { PlusIcon, TrashIcon } from "@navikt/aksel-icons";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { fieldId, listItemPath, shownLabel, type ListDef } from "../../../../shared/domain/forms/pilot-form.ts";
import type { Warning } from "../../../../shared/domain/forms/plausibility.ts";
import { FieldControl, type Choices } from "./FieldControl.tsx";

const newLocalId = () => `m-${Math.random().toString(36).slice(2, 10)}`;

/** A repeatable group (partners, funding sources …): rows of fields, add and remove. */
export function ListControl({
  def,
  choices,
  warnings,
  rowExtra,
}: {
  def: ListDef;
  choices: Choices;
  warnings: readonly Warning[];
  rowExtra?: ((index: number) => ReactNode) | undefined;
}) {
  const { setValue, trigger, getFieldState, formState } = useFormContext();
  const rows = (useWatch({ name: def.name }) as unknown[] | undefined) ?? [];
  const [focusRow, setFocusRow] = useState<number | undefined>();
  const box = useRef<HTMLFieldSetElement>(null);
  const plain = def.fields.length === 1 && def.fields[0]?.name === "";
  const error = getFieldState(def.name).error?.message;

  useEffect(() => {
    if (focusRow === undefined) return;
    const row = box.current?.querySelectorAll<HTMLElement>("[data-row]")[focusRow];
    row?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
    setFocusRow(undefined);
  }, [focusRow]);

  const write = (next: unknown[]) => {
    setValue(def.name, next, { shouldDirty: true });
    if (getFieldState(def.name).error || formState.isSubmitted) void trigger(def.name);
  };
  const add = () => {
    const seed: unknown = plain ? "" : def.fields.some((f) => f.name === "id") ? { id: newLocalId() } : {};
    write([...rows, seed]);
    setFocusRow(rows.length);
  };
  const remove = (index: number) => {
    write(rows.filter((_, i) => i !== index));
    setFocusRow(index > 0 ? index - 1 : undefined);
  };

  return (
    <Fieldset
      ref={box}
      id={fieldId(def.name)}
      legend={shownLabel(def)}
      description={def.description}
      className="utp-list"
      tabIndex={-1}
      errorPropagation={false}
      error={error}
    >
      <VStack gap="space-16">
        {rows.map((_, index) => {
          const title = `${def.itemLabel} ${index + 1}`;
          return (
            <div key={index} data-row className="utp-row" role="group" aria-label={title}>
              <Heading level="3" size="xsmall" spacing>
                {title}
              </Heading>
              <VStack gap="space-16">
                {def.fields.map((field) => (
                  <FieldControl
                    key={field.name}
                    def={field}
                    path={listItemPath(def.name, index, field.name)}
                    {...(plain ? { label: field.label } : {})}
                    choices={choices}
                    warnings={warnings}
                  />
                ))}
                {rowExtra?.(index)}
                <div>
                  <Button type="button" variant="tertiary" size="small" icon={<TrashIcon aria-hidden />} onClick={() => remove(index)}>
                    Fjern {title.toLowerCase()}
                  </Button>
                </div>
              </VStack>
            </div>
          );
        })}
        <div>
          <Button type="button" variant="secondary" size="small" icon={<PlusIcon aria-hidden />} onClick={add}>
            {def.addText}
          </Button>
        </div>
      </VStack>
    </Fieldset>
  );
}

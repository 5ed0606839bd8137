import type { MouseEvent } from "react";
import { FormSummary } from "@navikt/ds-react";
import { derivedValue, formatValue } from "../../../../shared/domain/forms/format.ts";
import { getAt } from "../../../../shared/domain/forms/form-values.ts";
import { isDerived, isField, isList, STEPS, type FieldDef, type ListDef } from "../../../../shared/domain/forms/pilot-form.ts";
import type { Choices } from "./FieldControl.tsx";

export function namesFrom(choices: Choices, content: Record<string, unknown>) {
  const offices = new Map(choices.offices.map((o) => [o.id, o.name]));
  const methods = new Map(choices.methods.map((m) => [m.id, m.name]));
  const planned = new Map(((content.plannedOutcomes as { id?: string; name?: string }[] | undefined) ?? []).map((p) => [p.id ?? "", p.name ?? ""]));
  return { office: (id: string) => offices.get(id), method: (id: string) => methods.get(id), plannedOutcome: (id: string) => planned.get(id) };
}

function ListAnswer({ def, rows, names }: { def: ListDef; rows: unknown[]; names: ReturnType<typeof namesFrom> }) {
  // An empty optional list says nothing worth reading; an empty required one says "Ikke fylt ut".
  if (rows.length === 0 && def.requirement !== "required") return null;
  return (
    <FormSummary.Answer>
      <FormSummary.Label>{def.label}</FormSummary.Label>
      {rows.length === 0 ? <FormSummary.Value>Ikke fylt ut</FormSummary.Value> : null}
      {rows.map((row, i) => (
        <FormSummary.Value key={i}>
          {def.fields.length === 1 && def.fields[0]?.name === "" ? (
            String(row)
          ) : (
            <FormSummary.Answers>
              {def.fields
                .filter((f) => f.kind !== "hidden" && getAt(row, f.name) !== undefined)
                .map((f) => (
                  <FormSummary.Answer key={f.name}>
                    <FormSummary.Label>{`${def.itemLabel} ${i + 1}: ${f.label}`}</FormSummary.Label>
                    <FormSummary.Value>{formatValue(f, getAt(row, f.name), names)}</FormSummary.Value>
                  </FormSummary.Answer>
                ))}
            </FormSummary.Answers>
          )}
        </FormSummary.Value>
      ))}
    </FormSummary.Answer>
  );
}

function FieldAnswer({ def, value, names }: { def: FieldDef; value: unknown; names: ReturnType<typeof namesFrom> }) {
  const shown = formatValue(def, value, names);
  if (!shown && def.requirement !== "required") return null;
  return (
    <FormSummary.Answer>
      <FormSummary.Label>{def.label}</FormSummary.Label>
      <FormSummary.Value>{shown || "Ikke fylt ut"}</FormSummary.Value>
    </FormSummary.Answer>
  );
}

/** "Se over og send inn": every step's answers, each with a link back to its step. */
export function SummaryStep({ content, choices, onEdit }: { content: Record<string, unknown>; choices: Choices; onEdit: (step: number) => void }) {
  const names = namesFrom(choices, content);
  return (
    <>
      {STEPS.map((step, i) => (
        <FormSummary key={step.key}>
          <FormSummary.Header>
            <FormSummary.Heading level="3">{step.title}</FormSummary.Heading>
          </FormSummary.Header>
          <FormSummary.Answers>
            {step.items.map((item) =>
              isField(item) && item.kind !== "hidden" ? (
                <FieldAnswer key={item.name} def={item} value={getAt(content, item.name)} names={names} />
              ) : isDerived(item) && derivedValue(item.name, content as Parameters<typeof derivedValue>[1]) ? (
                <FormSummary.Answer key={item.name}>
                  <FormSummary.Label>{item.label}</FormSummary.Label>
                  <FormSummary.Value>{derivedValue(item.name, content as Parameters<typeof derivedValue>[1])}</FormSummary.Value>
                </FormSummary.Answer>
              ) : isList(item) ? (
                <ListAnswer key={item.name} def={item} rows={(getAt(content, item.name) as unknown[] | undefined) ?? []} names={names} />
              ) : null,
            )}
          </FormSummary.Answers>
          <FormSummary.Footer>
            <FormSummary.EditLink
              href={`?steg=${step.key}`}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                onEdit(i);
              }}
            >
              {`Endre ${step.title.toLowerCase()}`}
            </FormSummary.EditLink>
          </FormSummary.Footer>
        </FormSummary>
      ))}
    </>
  );
}

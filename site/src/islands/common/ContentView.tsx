import { BodyLong, Heading, Label, Table, Tag, VStack } from "@navikt/ds-react";
import type { PilotContent } from "../../../../shared/domain/pilot.ts";
import { derivedValue, formatValue, type Names } from "../../../../shared/domain/forms/format.ts";
import { getAt } from "../../../../shared/domain/forms/form-values.ts";
import { isDerived, isField, isList, STEPS, type FieldDef, type ListDef } from "../../../../shared/domain/forms/pilot-form.ts";
import { TableScroll } from "./TableScroll.tsx";

/**
 * A trial's content as a reader sees it, step by step from the form definition: every filled field with
 * its Norwegian label and formatted value, lists of records as tables. Fields in `changed` are marked.
 */
function Changed() {
  return (
    <Tag variant="warning" size="xsmall" className="utp-changed-tag">
      Endret
    </Tag>
  );
}

function FieldRow({ def, value, names, changed }: { def: FieldDef; value: unknown; names: Names; changed: boolean }) {
  const shown = formatValue(def, value, names);
  if (!shown) return null;
  return (
    <div className={changed ? "utp-field-view utp-field-view--changed" : "utp-field-view"} data-field={def.name}>
      <dt>
        <Label as="span">{def.label}</Label> {changed ? <Changed /> : null}
      </dt>
      <dd>
        <BodyLong className="utp-pre">{shown}</BodyLong>
      </dd>
    </div>
  );
}

function ListRows({ def, rows, names, changed }: { def: ListDef; rows: unknown[]; names: Names; changed: boolean }) {
  if (!rows.length) return null;
  const plain = def.fields.length === 1 && def.fields[0]?.name === "";
  const columns = def.fields.filter((f) => f.kind !== "hidden" && rows.some((r) => getAt(r, f.name) !== undefined));
  return (
    <div className={changed ? "utp-field-view utp-field-view--changed" : "utp-field-view"} data-field={def.name}>
      <dt>
        <Label as="span">{def.label}</Label> {changed ? <Changed /> : null}
      </dt>
      <dd>
        {plain ? (
          <ol className="utp-steps-list">
            {rows.map((r, i) => (
              <li key={i}>{String(r)}</li>
            ))}
          </ol>
        ) : (
          <TableScroll label={def.label}>
            <Table size="small">
              <Table.Header>
                <Table.Row>
                  {columns.map((c) => (
                    <Table.HeaderCell key={c.name} scope="col">
                      {c.label}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((r, i) => (
                  <Table.Row key={i}>
                    {columns.map((c) => (
                      <Table.DataCell key={c.name}>{formatValue(c, getAt(r, c.name), names)}</Table.DataCell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </dd>
    </div>
  );
}

const hasValue = (v: unknown) => v !== undefined && v !== null && v !== "" && !(Array.isArray(v) && v.length === 0);

export function ContentView({
  content,
  names,
  changed = new Set(),
  headingLevel = "3",
}: {
  content: PilotContent;
  names: Names;
  changed?: ReadonlySet<string>;
  headingLevel?: "2" | "3";
}) {
  return (
    <VStack gap="space-24">
      {STEPS.filter((step) => step.items.some((item) => (isField(item) || isList(item)) && item.kind !== "hidden" && hasValue(getAt(content, item.name)))).map(
        (step) => (
          <section key={step.key} aria-labelledby={`vis-${step.key}`}>
            <Heading level={headingLevel} size="small" id={`vis-${step.key}`} spacing>
              {step.title}
            </Heading>
            <dl className="utp-dl-view">
              {step.items.map((item) =>
                isField(item) && item.kind !== "hidden" ? (
                  <FieldRow key={item.name} def={item} value={getAt(content, item.name)} names={names} changed={changed.has(item.name)} />
                ) : isDerived(item) && derivedValue(item.name, content) ? (
                  <div key={item.name} className="utp-field-view">
                    <dt>
                      <Label as="span">{item.label}</Label>
                    </dt>
                    <dd>
                      <BodyLong>{derivedValue(item.name, content)}</BodyLong>
                    </dd>
                  </div>
                ) : isList(item) ? (
                  <ListRows
                    key={item.name}
                    def={item}
                    rows={(getAt(content, item.name) as unknown[] | undefined) ?? []}
                    names={names}
                    changed={changed.has(item.name)}
                  />
                ) : null,
              )}
            </dl>
          </section>
        ),
      )}
    </VStack>
  );
}

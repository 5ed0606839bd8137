import { Alert, BodyShort, Table, Tag, VStack } from "@navikt/ds-react";
import { flagTag, planAgainstReport, type PlanFlag } from "../../../../shared/domain/outcome-switching.ts";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { labelOf, MEASURE_UNITS } from "../../../../shared/domain/taxonomy.ts";
import { formatNumber } from "../../../../shared/domain/forms/format.ts";
import { DesignAdviceView, isShareOutcome } from "../common/DesignAdvice.tsx";
import { TableScroll } from "../common/TableScroll.tsx";

type Measure = NonNullable<NonNullable<Pilot["content"]["results"]>["measures"]>[number];

const sd = (value: number | undefined) => (value === undefined ? "" : `, standardavvik ${formatNumber(value)}`);
const figure = (m: Measure) =>
  `${formatNumber(m.value)} ${m.unit === "prosent" ? "prosent" : labelOf(MEASURE_UNITS, m.unit).toLowerCase()} (bygger på ${formatNumber(m.n)}${sd(m.sd)})` +
  (m.comparison
    ? `; sammenligning ${formatNumber(m.comparison.value)}${m.comparison.n !== undefined ? ` (bygger på ${formatNumber(m.comparison.n)}${sd(m.comparison.sd)})` : ""}`
    : "") +
  (m.baseline ? `; før ${formatNumber(m.baseline.value)}${sd(m.baseline.sd)}` : "");

function FlagTag({ flag }: { flag: PlanFlag }) {
  return (
    <Tag variant="warning" size="small" data-plan-flag={flag.kind}>
      {flagTag(flag)}
    </Tag>
  );
}

/** Planned against reported for the curator: the same comparison and flags as the trial page, and what the plan could detect. */
export function PlanReport({ pilot }: { pilot: Pilot }) {
  const content = pilot.content;
  const report = planAgainstReport(content);
  const flagOf = (kind: PlanFlag["kind"], name: string) => report.flags.find((f) => f.kind === kind && "name" in f && f.name === name);
  const figureFlags = report.flags.filter((f) => f.kind === "participants" || f.kind === "staff-years" || f.kind === "cost");
  const shareOutcomes = (content.plannedOutcomes ?? []).filter(isShareOutcome);
  return (
    <VStack gap="space-16">
      {report.flags.length ? (
        <Alert variant="warning" size="small" data-plan-flags>
          <BodyShort weight="semibold" spacing>{`${report.flags.length === 1 ? "Ett avvik" : `${report.flags.length} avvik`} fra planen:`}</BodyShort>
          <ul className="utp-plan-flags">
            {report.flags.map((f, i) => (
              <li key={i}>{f.text}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <TableScroll label="Planlagte mot rapporterte resultatmål">
        <Table size="small">
          <caption className="utp-visually-hidden">Planlagte mot rapporterte resultatmål</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">Planlagt</Table.HeaderCell>
              <Table.HeaderCell scope="col">Rapportert</Table.HeaderCell>
              <Table.HeaderCell scope="col">Vurdering</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {report.rows.map((row) => {
              const flag = flagOf("dropped", row.planned.name);
              return (
                <Table.Row key={row.planned.id}>
                  <Table.DataCell>{row.planned.name}</Table.DataCell>
                  <Table.DataCell>{row.reported ? `${row.reported.name}: ${figure(row.reported)}` : "–"}</Table.DataCell>
                  <Table.DataCell>
                    {row.status === "not-measured" ? (
                      `Ikke målt: ${row.reason ?? ""}`
                    ) : flag ? (
                      <FlagTag flag={flag} />
                    ) : row.status === "reported" ? (
                      "Rapportert som planlagt"
                    ) : (
                      "Ikke rapportert ennå"
                    )}
                  </Table.DataCell>
                </Table.Row>
              );
            })}
            {report.added.map((m, i) => {
              const flag = flagOf("not-planned", m.name);
              return (
                <Table.Row key={`added-${i}`}>
                  <Table.DataCell>–</Table.DataCell>
                  <Table.DataCell>{`${m.name}: ${figure(m)}`}</Table.DataCell>
                  <Table.DataCell>{flag ? <FlagTag flag={flag} /> : null}</Table.DataCell>
                </Table.Row>
              );
            })}
            {figureFlags.map((f) => (
              <Table.Row key={f.kind}>
                <Table.DataCell>{`Planlagt: ${"planned" in f ? formatPlanned(f.planned) : ""}`}</Table.DataCell>
                <Table.DataCell>{`Rapportert: ${"reported" in f ? formatPlanned(f.reported) : ""}`}</Table.DataCell>
                <Table.DataCell>
                  <FlagTag flag={f} />
                </Table.DataCell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {shareOutcomes.map((o) => (
        <DesignAdviceView key={o.id} participants={content.participants?.planned} outcome={o} headingLevel="3" />
      ))}
    </VStack>
  );
}

function formatPlanned(value: number | string): string {
  return typeof value === "number" ? formatNumber(value) : value;
}

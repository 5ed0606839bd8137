import { BodyShort, Heading, Link, Loader, Table, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { labelOf, PILOT_STATES } from "../../../../shared/domain/taxonomy.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import { client, type ResultsDueItem } from "../../lib/api-client.ts";
import { Fatal, RequireUser } from "../common/session.tsx";
import { CuratorNav } from "../common/CuratorNav.tsx";
import { TableScroll } from "../common/TableScroll.tsx";

type Due = ResultsDueItem;

function ResultsDue() {
  const [items, setItems] = useState<Due[] | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    client.resultsDue().then((r) => setItems([...r].sort((a, b) => b.daysOverdue - a.daysOverdue)), setError);
  }, []);
  if (error) return <Fatal error={error} />;
  if (!items) return <Loader title="Henter listen …" />;
  return (
    <VStack gap="space-24">
      <CuratorNav />
      <Heading level="1" size="xlarge">
        Utprøvinger som mangler resultater
      </Heading>
      <BodyShort>{`${items.length} utprøvinger er avsluttet eller skulle vært ferdige, uten at resultatene er rapportert.`}</BodyShort>
      {items.length ? (
        <TableScroll label="Utprøvinger som mangler resultater">
          <Table size="small">
            <caption className="utp-visually-hidden">Utprøvinger som mangler resultater, mest forsinket først</caption>
            <Table.Header>
              <Table.Row>
                {["Utprøving", "Kontor", "Status", "Frist", "Forsinket", "Kontakt"].map((t) => (
                  <Table.HeaderCell key={t} scope="col">
                    {t}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((d) => (
                <Table.Row key={d.id}>
                  <Table.DataCell>
                    {d.state === "submitted" ? <Link href={`/kurator/vurder/?id=${encodeURIComponent(d.id)}`}>{d.title}</Link> : d.title}
                  </Table.DataCell>
                  <Table.DataCell>{d.officeName}</Table.DataCell>
                  <Table.DataCell>{labelOf(PILOT_STATES, d.state)}</Table.DataCell>
                  <Table.DataCell>{formatDate(d.dueDate)}</Table.DataCell>
                  <Table.DataCell>{d.daysOverdue > 0 ? `${d.daysOverdue} dager` : "Ikke ennå"}</Table.DataCell>
                  <Table.DataCell>
                    {d.contact?.email ? <Link href={`mailto:${d.contact.email}`}>{d.contact.name ?? d.contact.email}</Link> : (d.contact?.name ?? "–")}
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ) : null}
    </VStack>
  );
}

export function ResultsDuePage() {
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.">
      {() => <ResultsDue />}
    </RequireUser>
  );
}

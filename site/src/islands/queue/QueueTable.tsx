import { Alert, BodyShort, Button, HStack, Link, Table, Tag, ToggleGroup, VStack } from "@navikt/ds-react";
import { useState } from "react";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import { client, type ReviewQueue } from "../../lib/api-client.ts";
import { CHANGED_SINCE_OPENED, isStale } from "../common/stale.ts";
import { TableScroll } from "../common/TableScroll.tsx";

type Item = ReviewQueue["items"][number];
type Filter = "alle" | "mine" | "ufordelte";

const days = (n: number) => (n === 1 ? "1 dag" : `${n} dager`);
const trials = (n: number) => (n === 1 ? "1 utprøving" : `${n} utprøvinger`);

/** The answer date, and how far from it the trial is: an Aksel tag once it has passed. */
function Deadline({ item }: { item: Item }) {
  const overdue = item.daysOverdue > 0;
  return (
    <VStack gap="space-4" align="start" data-deadline={overdue ? "over" : "innen"}>
      <BodyShort size="small">Svar innen {formatDate(item.answerBy)}</BodyShort>
      {overdue ? (
        <>
          <Tag variant="error" size="xsmall">
            Over fristen
          </Tag>
          <BodyShort size="small">{days(item.daysOverdue)} over fristen</BodyShort>
        </>
      ) : (
        <BodyShort size="small" textColor="subtle">
          {item.daysLeft === 0 ? "Fristen er i dag" : `${days(item.daysLeft)} igjen`}
        </BodyShort>
      )}
    </VStack>
  );
}

/** Who has taken the trial, and the button to take it or give it back. */
function Assignee({ item, onChange }: { item: Item; onChange: (next: Item) => void }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const toggle = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      const pilot = await client.assign(item.id, item.version, item.assignedToMe ? "nobody" : "me");
      const { assignee: _before, ...rest } = item;
      onChange({ ...rest, ...(pilot.assignee ? { assignee: pilot.assignee } : {}), assignedToMe: pilot.assignee !== undefined, version: pilot.version });
    } catch (error) {
      setProblem(isStale(error) ? CHANGED_SINCE_OPENED : error instanceof Error ? error.message : "Det gikk ikke å tildele utprøvingen.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <VStack gap="space-4" align="start">
      <BodyShort size="small" data-assignee={item.assignee?.name ?? ""}>
        {item.assignee ? item.assignedToMe ? <strong>Deg ({item.assignee.name})</strong> : item.assignee.name : "Ikke fordelt"}
      </BodyShort>
      <Button type="button" size="xsmall" variant={item.assignedToMe ? "tertiary" : "secondary"} loading={busy} onClick={() => void toggle()}>
        {item.assignedToMe ? "Gi fra meg" : item.assignee ? "Ta over" : "Tildel meg"}
        <span className="utp-visually-hidden">: {item.title}</span>
      </Button>
      {problem ? (
        <Alert variant="warning" size="small" role="alert">
          {problem}
        </Alert>
      ) : null}
    </VStack>
  );
}

/** The trials waiting for review, oldest first, each with its answer date and who has taken it. */
export function QueueTable({ initial }: { initial: readonly Item[] }) {
  const [items, setItems] = useState<readonly Item[]>(() => [...initial].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)));
  const [filter, setFilter] = useState<Filter>("alle");
  if (items.length === 0) return <BodyShort>Ingen utprøvinger venter på vurdering.</BodyShort>;
  const counts = { alle: items.length, mine: items.filter((i) => i.assignedToMe).length, ufordelte: items.filter((i) => !i.assignee).length };
  const shown = items.filter((i) => (filter === "mine" ? i.assignedToMe : filter === "ufordelte" ? !i.assignee : true));
  const overdue = items.filter((i) => i.daysOverdue > 0).length;
  const replace = (next: Item) => setItems((all) => all.map((i) => (i.id === next.id ? next : i)));
  return (
    <VStack gap="space-16">
      <BodyShort>
        {trials(items.length)} venter
        {overdue > 0 ? `, ${overdue} av dem over svarfristen på ti virkedager` : ""}. Eldste først.
      </BodyShort>
      <ToggleGroup label="Vis" size="small" value={filter} onChange={(value) => setFilter(value as Filter)}>
        <ToggleGroup.Item value="alle" label={`Alle (${counts.alle})`} />
        <ToggleGroup.Item value="mine" label={`Mine (${counts.mine})`} />
        <ToggleGroup.Item value="ufordelte" label={`Ufordelte (${counts.ufordelte})`} />
      </ToggleGroup>
      {shown.length === 0 ? (
        <BodyShort>{filter === "mine" ? "Du har ikke tatt noen utprøvinger ennå." : "Alle utprøvingene er fordelt."}</BodyShort>
      ) : (
        <TableScroll label="Utprøvinger som venter">
          <Table className="utp-queue">
            <caption className="utp-visually-hidden">Utprøvinger som venter, eldste først</caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Utprøving</Table.HeaderCell>
                <Table.HeaderCell scope="col">Svarfrist</Table.HeaderCell>
                <Table.HeaderCell scope="col">Tildelt</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {shown.map((item) => (
                <Table.Row key={item.id} data-queue-item={item.id} data-submitted={item.submittedAt} data-office={item.officeId}>
                  <Table.DataCell>
                    <VStack gap="space-4" align="start">
                      <Link href={`/kurator/vurder/?id=${encodeURIComponent(item.id)}`}>{item.title}</Link>
                      <BodyShort size="small">
                        {item.officeName} · sendt inn {formatDate(item.submittedAt)}
                      </BodyShort>
                      {item.isEditOfPublished ? (
                        <HStack>
                          <Tag variant="warning" size="xsmall">
                            Endring av publisert
                          </Tag>
                        </HStack>
                      ) : null}
                    </VStack>
                  </Table.DataCell>
                  <Table.DataCell>
                    <Deadline item={item} />
                  </Table.DataCell>
                  <Table.DataCell>
                    <Assignee item={item} onChange={replace} />
                  </Table.DataCell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </VStack>
  );
}

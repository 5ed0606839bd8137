import { Alert, BodyShort, Heading, Table, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { api, type ResponseBody } from "../../lib/api-client.ts";
import { NOTICE_KIND_LABELS, ROLE_LABELS } from "./notice-labels.ts";
import { TableScroll } from "../common/TableScroll.tsx";

type Listed = ResponseBody<"GET /api/offices/{id}/notices">["items"][number];

const dateTime = new Intl.DateTimeFormat("nb-NO", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" });

/** What was sent about the office's trials, newest first: when, what, about which trial, to whom. */
export function SentNotices({ officeId }: { readonly officeId: string }) {
  const [items, setItems] = useState<readonly Listed[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    void api
      .call("GET /api/offices/{id}/notices", { params: { id: officeId }, query: { limit: 50 } })
      .then((res) => setItems(res.body.items.filter((n) => n.status !== "sending")))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : "Kunne ikke hente varslene."));
  }, [officeId]);
  return (
    <VStack gap="space-12">
      <Heading level="2" size="medium">
        Sendte varsler om kontorets utprøvinger
      </Heading>
      {error && <Alert variant="error">{error}</Alert>}
      {!error && !items && <BodyShort>Henter varslene …</BodyShort>}
      {items && items.length === 0 && <BodyShort>Ingen varsler er sendt om kontorets utprøvinger ennå.</BodyShort>}
      {items && items.length > 0 && (
        <TableScroll label="Sendte varsler">
          <Table size="small">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">Sendt</Table.HeaderCell>
                <Table.HeaderCell scope="col">Varsel</Table.HeaderCell>
                <Table.HeaderCell scope="col">Utprøving</Table.HeaderCell>
                <Table.HeaderCell scope="col">Til</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {items.map((n) => (
                <Table.Row key={`${n.eventKey}:${n.to}`}>
                  <Table.DataCell>{dateTime.format(new Date(n.sentAt ?? n.claimedAt))}</Table.DataCell>
                  <Table.DataCell>
                    {NOTICE_KIND_LABELS[n.kind]}
                    {n.status === "digest" ? " (i oppsummering)" : ""}
                  </Table.DataCell>
                  <Table.DataCell>{n.title}</Table.DataCell>
                  <Table.DataCell>
                    {n.to} ({ROLE_LABELS[n.role] ?? n.role})
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

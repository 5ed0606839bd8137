import { Alert, BodyShort, Heading, HStack, Link, Loader, Table, Tag, VStack } from "@navikt/ds-react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { labelOf, PILOT_STATES } from "../../../../shared/domain/taxonomy.ts";
import { fieldChanges, type FieldChangeView } from "../../../../shared/domain/forms/changes.ts";
import { formatDate, type Names } from "../../../../shared/domain/forms/format.ts";
import { labelForPath } from "../../../../shared/domain/forms/pilot-form.ts";
import { client, type ReviewData } from "../../lib/api-client.ts";
import { ContentView } from "../common/ContentView.tsx";
import { threadOf, Thread, type Message } from "../common/Conversation.tsx";
import { PublishedRating } from "../common/PublishedRating.tsx";
import { WithdrawButton } from "../common/WithdrawButton.tsx";
import { Fatal } from "../common/session.tsx";
import { CuratorNav } from "../common/CuratorNav.tsx";
import { PlanReport } from "./PlanReport.tsx";
import { PublishForm, RequestChangesForm } from "./ReviewForms.tsx";
import { TableScroll } from "../common/TableScroll.tsx";

interface Loaded {
  review: ReviewData;
  names: Names;
  officeName: string;
  methods: { id: string; name: string }[];
  sinceSubmission: FieldChangeView[] | null;
  sincePublished: FieldChangeView[] | null;
  thread: Message[];
}

async function load(id: string): Promise<Loaded> {
  const [review, methods, offices, revisions] = await Promise.all([client.review(id), client.methods(), client.offices(), client.revisions(id)]);
  const officeNames = new Map(offices.map((o) => [o.id, o.name]));
  const methodNames = new Map(methods.map((m) => [m.id, m.name]));
  const planned = new Map((review.pilot.content.plannedOutcomes ?? []).map((p) => [p.id, p.name]));
  const names: Names = { office: (x) => officeNames.get(x), method: (x) => methodNames.get(x), plannedOutcome: (x) => planned.get(x) };
  // The previous submission: the content the curators last saw from the office.
  const submits = revisions.filter((r) => r.action === "submit");
  const previous = review.pilot.state === "submitted" ? submits[1] : undefined;
  const sinceSubmission = previous ? fieldChanges(previous.snapshot.content, review.pilot.content, names) : null;
  const publishedRevision = review.publishedVersion ? revisions.find((r) => r.version === review.publishedVersion) : undefined;
  const sincePublished =
    review.pilot.hasPendingChanges && publishedRevision ? fieldChanges(publishedRevision.snapshot.content, review.pilot.content, names) : null;
  return {
    review,
    names,
    officeName: officeNames.get(review.pilot.officeId) ?? review.pilot.officeId,
    methods: methods.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => a.name.localeCompare(b.name, "nb")),
    sinceSubmission,
    sincePublished,
    thread: threadOf(revisions),
  };
}

function ChangesTable({ caption, changes }: { caption: string; changes: FieldChangeView[] }) {
  if (!changes.length) return <BodyShort>Ingen endringer i innholdet.</BodyShort>;
  return (
    <TableScroll label={caption}>
      <Table size="small" className="utp-changes">
        <caption className="utp-visually-hidden">{caption}</caption>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell scope="col">Felt</Table.HeaderCell>
            <Table.HeaderCell scope="col">Før</Table.HeaderCell>
            <Table.HeaderCell scope="col">Nå</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {changes.map((c) => (
            <Table.Row key={c.path} className="utp-changes__row" data-changed-field={c.path}>
              <Table.HeaderCell scope="row">{c.label}</Table.HeaderCell>
              <Table.DataCell className="utp-pre">{c.before ? <del>{c.before}</del> : <em>Tomt</em>}</Table.DataCell>
              <Table.DataCell className="utp-pre">{c.after ? <ins>{c.after}</ins> : <em>Fjernet</em>}</Table.DataCell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** The review of one trial; its own chunk, loaded once the user is known to be a curator. */
export function Review({ id }: { id: string }) {
  const [data, setData] = useState<Loaded | undefined>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string | undefined>();
  const [published, setPublished] = useState<Pilot | undefined>();
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    load(id).then(setData, setError);
  }, [id]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const changed = useMemo(() => new Set([...(data?.sinceSubmission ?? []), ...(data?.sincePublished ?? [])].map((c) => c.field)), [data]);
  if (error) return <Fatal error={error} />;
  if (!data) return <Loader title="Henter utprøvingen …" />;
  if (done)
    return (
      <VStack gap="space-16">
        <CuratorNav />
        <Alert variant="success" role="status" ref={doneRef} tabIndex={-1}>
          {done} <Link href="/kurator/">Tilbake til vurderingskøen</Link>
        </Alert>
        {published ? <PublishedRating pilot={published} headingLevel="2" /> : null}
      </VStack>
    );
  const { review, names } = data;
  const { pilot } = review;
  const wasPublished = Boolean(pilot.firstPublishedAt ?? pilot.publishedVersion);
  return (
    <VStack gap="space-32" className="utp-review">
      <CuratorNav />
      <VStack gap="space-8">
        <Heading level="1" size="xlarge">
          {pilot.content.title}
        </Heading>
        <HStack gap="space-8" align="center" wrap>
          <BodyShort>{data.officeName}</BodyShort>
          <Tag variant={pilot.state === "submitted" ? "info" : pilot.state === "published" ? "success" : "neutral"} size="small">
            {labelOf(PILOT_STATES, pilot.state)}
          </Tag>
          {pilot.hasPendingChanges ? (
            <Tag variant="warning" size="small">
              Endring av publisert utprøving
            </Tag>
          ) : null}
          {pilot.submittedAt ? <BodyShort size="small">{`Sendt inn ${formatDate(pilot.submittedAt)}`}</BodyShort> : null}
        </HStack>
      </VStack>
      <PublishedRating pilot={pilot} headingLevel="2" />
      {review.missingFields.length ? (
        <Alert variant="warning">
          <Heading level="2" size="xsmall" spacing>
            Dette mangler for at utprøvingen er komplett
          </Heading>
          <ul>
            {review.missingFields.map((m) => (
              <li key={m.pointer}>{`${labelForPath(m.pointer)}: ${m.message}`}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {data.sinceSubmission ? (
        <section aria-labelledby="endret-innsending">
          <Heading level="2" size="large" id="endret-innsending" spacing>
            Endret siden forrige innsending
          </Heading>
          <BodyShort
            spacing
          >{`${data.sinceSubmission.length === 1 ? "Ett felt" : `${data.sinceSubmission.length} felt`} er endret. Endrede felt er også merket «Endret» i utprøvingen under.`}</BodyShort>
          <ChangesTable caption="Endringer siden forrige innsending" changes={data.sinceSubmission} />
        </section>
      ) : null}
      {data.sincePublished ? (
        <section aria-labelledby="endret-publisert">
          <Heading level="2" size="large" id="endret-publisert" spacing>
            Endret siden publisert versjon
          </Heading>
          <ChangesTable caption="Endringer siden publisert versjon" changes={data.sincePublished} />
        </section>
      ) : null}
      {data.thread.length ? (
        <section aria-labelledby="samtale">
          <Heading level="2" size="large" id="samtale" spacing>
            Samtale med kontoret
          </Heading>
          <Thread messages={data.thread} />
        </section>
      ) : null}
      <section aria-labelledby="resultater">
        <Heading level="2" size="large" id="resultater" spacing>
          Planlagte og rapporterte resultater
        </Heading>
        <PlanReport pilot={pilot} />
      </section>
      <section aria-labelledby="utprovingen">
        <Heading level="2" size="large" id="utprovingen" spacing>
          Utprøvingen
        </Heading>
        <ContentView content={pilot.content} names={names} changed={changed} />
      </section>
      {pilot.state === "submitted" ? (
        <>
          <PublishForm
            pilot={pilot}
            methods={data.methods}
            onDone={(message, next) => {
              setPublished(next);
              setDone(message);
            }}
          />
          <RequestChangesForm pilot={pilot} onDone={setDone} />
        </>
      ) : null}
      {wasPublished && pilot.state !== "withdrawn" ? (
        <VStack as="section" aria-labelledby="trekk-tilbake" gap="space-16" className="utp-box">
          <Heading level="2" size="medium" id="trekk-tilbake">
            Trekk tilbake
          </Heading>
          <BodyShort>Tar utprøvingen bort fra nettstedet. Den slettes aldri, og historikken beholdes.</BodyShort>
          <div>
            <WithdrawButton pilot={pilot} onDone={setDone} />
          </div>
        </VStack>
      ) : null}
    </VStack>
  );
}

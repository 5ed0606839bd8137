import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, BodyLong, BodyShort, Box, Button, Heading, HStack, Link, Loader, ReadMore, Tag, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { ReconsiderationBodySchema } from "../../../../shared/domain/review.ts";
import { labelOf, PILOT_STATES, TRIAL_STATUSES } from "../../../../shared/domain/taxonomy.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import type { CurrentUser } from "../../app/auth.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { client } from "../../lib/api-client.ts";
import { Fatal } from "../common/session.tsx";
import { OfficeConversation } from "../common/Conversation.tsx";
import { WithdrawButton } from "../common/WithdrawButton.tsx";
import { PublishedRating } from "../common/PublishedRating.tsx";

type Due = Awaited<ReturnType<typeof client.resultsDue>>[number];

const STATE_TAG: Record<string, "info" | "success" | "warning" | "neutral" | "error"> = {
  draft: "neutral",
  submitted: "info",
  published: "success",
  changes_requested: "warning",
  withdrawn: "neutral",
};

type ReconsiderationForm = z.input<typeof ReconsiderationBodySchema>;

function Reconsideration({ pilot }: { pilot: Pilot }) {
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<ReconsiderationForm, unknown, z.output<typeof ReconsiderationBodySchema>>({
    defaultValues: { comment: "" },
    resolver: zodResolver(ReconsiderationBodySchema),
  });
  const send = handleSubmit(async ({ comment }) => {
    try {
      await client.requestReconsideration(pilot.id, pilot.version, comment);
      setSent(true);
    } catch (e) {
      if (!applyProblem(e, setError, ["comment"])) setError("comment", { type: "server", message: problemText(e, "Det gikk ikke å sende.") });
    }
  });
  if (sent) return <BodyShort role="status">Forespørselen er sendt. Kuratoren svarer deg.</BodyShort>;
  return (
    <ReadMore header="Be om ny vurdering av kunnskapsgrunnlaget">
      <VStack as="form" gap="space-12" noValidate onSubmit={(e) => void send(e)}>
        <Textarea
          label="Hvorfor bør vurderingen endres?"
          description="Kuratoren svarer deg. Vis gjerne til kriteriene for kunnskapsgrunnlag."
          {...register("comment")}
          error={errors.comment?.message}
          minRows={3}
          className="utp-field"
        />
        <div>
          <Button type="submit" size="small" variant="secondary">
            Send forespørselen
          </Button>
        </div>
      </VStack>
    </ReadMore>
  );
}

function Card({ pilot: initial, due }: { pilot: Pilot; due: Due | undefined }) {
  const [pilot, setPilot] = useState(initial);
  const [notice, setNotice] = useState<string | undefined>();
  const title = pilot.content.title;
  return (
    <Box as="li" padding="space-20" borderRadius="12" borderWidth="1" borderColor="neutral-subtle" className="utp-mine-card">
      <VStack gap="space-12">
        <Heading level="2" size="small">
          {title}
        </Heading>
        <HStack gap="space-8" wrap align="center">
          <Tag variant={STATE_TAG[pilot.state] ?? "neutral"} size="small">
            {labelOf(PILOT_STATES, pilot.state)}
          </Tag>
          {pilot.hasPendingChanges ? (
            <Tag variant="warning" size="small">
              Endringer venter på vurdering
            </Tag>
          ) : null}
          <BodyShort size="small">{`${pilot.content.trialStatus ? labelOf(TRIAL_STATUSES, pilot.content.trialStatus) : "Status ikke oppgitt"} · sist endret ${formatDate(pilot.updatedAt)}`}</BodyShort>
        </HStack>
        {pilot.state === "changes_requested" && pilot.reviewComment ? (
          <Alert variant="warning" size="small">
            <Heading level="3" size="xsmall" spacing>
              Kuratoren ba om endringer
            </Heading>
            <BodyLong className="utp-pre">{pilot.reviewComment}</BodyLong>
          </Alert>
        ) : null}
        {pilot.reviewComment && pilot.state !== "withdrawn" ? <OfficeConversation pilot={pilot} onReplied={setPilot} /> : null}
        {due ? (
          <Alert variant="warning" size="small">
            <BodyLong spacing>
              {due.daysOverdue > 0
                ? `Resultatene skulle vært rapportert ${formatDate(due.dueDate)} (${due.daysOverdue} dager siden).`
                : `Resultatene skal rapporteres innen ${formatDate(due.dueDate)}.`}
            </BodyLong>
            <Link href={`/registrer/?id=${encodeURIComponent(pilot.id)}&steg=resultater`}>{`Rapporter resultater for «${title}»`}</Link>
          </Alert>
        ) : null}
        {notice ? (
          <Alert variant="success" size="small" role="status">
            {notice}
          </Alert>
        ) : null}
        <HStack gap="space-16" align="center" wrap>
          {pilot.state !== "withdrawn" ? (
            <Link href={`/registrer/?id=${encodeURIComponent(pilot.id)}`}>{pilot.state === "draft" ? `Fortsett på «${title}»` : `Rediger «${title}»`}</Link>
          ) : null}
          {pilot.state !== "withdrawn" && pilot.state !== "published" && !pilot.firstPublishedAt ? (
            <WithdrawButton
              pilot={pilot}
              label="Trekk tilbake"
              size="small"
              onDone={(message) => {
                setPilot({ ...pilot, state: "withdrawn" });
                setNotice(message);
              }}
            />
          ) : null}
        </HStack>
        <PublishedRating pilot={pilot} />
        {pilot.state === "published" && pilot.evidence ? <Reconsideration pilot={pilot} /> : null}
      </VStack>
    </Box>
  );
}

/** The office's own trials; its own chunk, loaded once the user is known to work at an office. */
export function Mine({ user }: { user: CurrentUser }) {
  const [data, setData] = useState<{ pilots: Pilot[]; due: Due[] } | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    Promise.all([client.officePilots(user.office ?? ""), client.resultsDue()]).then(([pilots, due]) => setData({ pilots, due }), setError);
  }, [user]);
  if (error) return <Fatal error={error} />;
  if (!data) return <Loader title="Henter utprøvingene …" />;
  const dueById = new Map(data.due.map((d) => [d.id, d]));
  return (
    <VStack gap="space-24">
      <Heading level="1" size="xlarge">
        Mine utprøvinger
      </Heading>
      <BodyShort>
        <Link href="/registrer/?ny=1">Registrer en ny utprøving</Link>
      </BodyShort>
      {data.due.length ? (
        <Alert variant="warning">{`${data.due.length === 1 ? "Én utprøving mangler" : `${data.due.length} utprøvinger mangler`} resultater. Rapporter dem så andre kontorer kan lære av dem.`}</Alert>
      ) : null}
      {data.pilots.length === 0 ? <BodyShort>Kontoret ditt har ingen utprøvinger ennå.</BodyShort> : null}
      <VStack as="ul" gap="space-16" className="utp-mine-list">
        {data.pilots.map((p) => (
          <Card key={p.id} pilot={p} due={dueById.get(p.id)} />
        ))}
      </VStack>
    </VStack>
  );
}

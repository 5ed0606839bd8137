import { Alert, BodyLong, BodyShort, Button, Heading, Link, Loader, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import * as z from "zod";
import { ReconsiderationAnswerBodySchema } from "../../../../shared/domain/review.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { bodyOf, formResolver } from "../../app/form-schema.ts";
import { client, type ReviewQueue } from "../../lib/api-client.ts";
import { Fatal, RequireUser } from "../common/session.tsx";
import { CHANGED_SINCE_OPENED, isStale } from "../common/stale.ts";
import { CuratorNav } from "../common/CuratorNav.tsx";
import { EVIDENCE_MESSAGES, EvidenceFields } from "../common/EvidenceFields.tsx";
import { QueueTable } from "./QueueTable.tsx";

type Queue = ReviewQueue;
type Reconsideration = Queue["reconsiderations"][number];

/** The answer form's values as its controls hold them. */
const answerValues = (requestedAt: string | undefined) => ({
  requestedAt: requestedAt ?? "",
  decision: "",
  evidence: { strength: "", direction: "" },
  reason: "",
});
type AnswerValues = ReturnType<typeof answerValues>;

/** The route's body schema over the form's values: a new rating goes with the answer only when it changes. */
const AnswerFormSchema = bodyOf(
  z.object({ requestedAt: z.string(), decision: z.string(), evidence: z.object({ strength: z.string(), direction: z.string() }), reason: z.string() }),
  (v) => ({
    requestedAt: v.requestedAt,
    decision: v.decision || undefined,
    reason: v.reason,
    ...(v.decision === "changed" ? { evidence: { strength: Number(v.evidence.strength) || undefined, direction: v.evidence.direction || undefined } } : {}),
  }),
  ReconsiderationAnswerBodySchema,
);

// The resolver gives a union's closest branch ("Ugyldig valg"), not the level's own message, so the form names it.
const ANSWER_MESSAGES = { decision: "Velg om vurderingen står eller endres", ...EVIDENCE_MESSAGES };
const ANSWER_FIELDS = ["decision", "evidence.strength", "evidence.direction", "evidence", "reason"] as const;

function AnswerForm({ r, index }: { r: Reconsideration; index: number }) {
  const {
    control,
    register,
    watch,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AnswerValues, unknown, z.output<typeof AnswerFormSchema>>({
    defaultValues: answerValues(r.requestedAt),
    resolver: formResolver(AnswerFormSchema, ANSWER_MESSAGES),
  });
  const [sent, setSent] = useState(false);
  const [stale, setStale] = useState(false);
  const decision = watch("decision");
  const send = async (body: z.output<typeof AnswerFormSchema>) => {
    try {
      // On top of the version the queue showed: an answer never overwrites what someone else wrote since.
      await client.answerReconsideration(r.pilotId, r.version, body);
      setSent(true);
    } catch (error) {
      if (isStale(error)) return setStale(true);
      if (!applyProblem(error, setError, ANSWER_FIELDS)) setError("root.server", { message: problemText(error, "Det gikk ikke å sende svaret.") });
    }
  };
  if (sent) return <Alert variant="success">Svaret er sendt til kontoret.</Alert>;
  return (
    <VStack as="form" gap="space-16" className="utp-box" noValidate onSubmit={(e) => void handleSubmit(send)(e)}>
      <Controller
        control={control}
        name="decision"
        render={({ field }) => (
          <RadioGroup legend="Avgjørelse" value={field.value} onChange={field.onChange} error={errors.decision?.message} id={`f-svar${index}-decision`}>
            <Radio value="kept" ref={field.ref}>
              Vurderingen står
            </Radio>
            <Radio value="changed">Vurderingen endres</Radio>
          </RadioGroup>
        )}
      />
      {decision === "changed" ? (
        <>
          <EvidenceFields control={control} legend="Ny vurdering: nivå" />
        </>
      ) : null}
      <Textarea label="Begrunnelse til kontoret" {...register("reason")} error={errors.reason?.message} minRows={3} className="utp-field" />
      {errors.root?.server || errors.requestedAt ? <Alert variant="error">{errors.root?.server?.message ?? errors.requestedAt?.message}</Alert> : null}
      {stale ? (
        // The answer stays in the form, so the curator can copy it before loading the newest version.
        <Alert variant="warning" role="alert">
          <VStack gap="space-8" align="start">
            <BodyShort>{CHANGED_SINCE_OPENED}</BodyShort>
            <BodyShort size="small">Svaret ditt er ikke sendt.</BodyShort>
            <Button type="button" size="small" variant="secondary" onClick={() => window.location.reload()}>
              Last siden på nytt
            </Button>
          </VStack>
        </Alert>
      ) : (
        <div>
          <Button type="submit" size="small" loading={isSubmitting}>
            Send svaret
          </Button>
        </div>
      )}
    </VStack>
  );
}

function Queue() {
  const [queue, setQueue] = useState<Queue | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    client.reviewQueue().then(setQueue, setError);
  }, []);
  if (error) return <Fatal error={error} />;
  if (!queue) return <Loader title="Henter køen …" />;
  return (
    <VStack gap="space-24">
      <CuratorNav />
      <Heading level="1" size="xlarge">
        Vurderingskø
      </Heading>
      <QueueTable initial={queue.items} />
      <section aria-labelledby="ny-vurdering">
        <Heading level="2" size="large" id="ny-vurdering" spacing>
          Forespørsler om ny vurdering
        </Heading>
        {queue.reconsiderations.length === 0 ? <BodyShort>Ingen forespørsler venter.</BodyShort> : null}
        <VStack gap="space-24">
          {queue.reconsiderations.map((r, i) => (
            <VStack key={`${r.pilotId}-${r.requestedAt ?? i}`} gap="space-8">
              <Heading level="3" size="small">
                <Link href={`/kurator/vurder/?id=${encodeURIComponent(r.pilotId)}`}>{r.title}</Link>
              </Heading>
              <BodyShort size="small">{[r.officeName, r.requestedAt ? `spurt ${formatDate(r.requestedAt)}` : ""].filter(Boolean).join(" · ")}</BodyShort>
              <BodyLong className="utp-pre">{r.comment}</BodyLong>
              <AnswerForm r={r} index={i} />
            </VStack>
          ))}
        </VStack>
      </section>
    </VStack>
  );
}

export function QueuePage() {
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.">
      {() => <Queue />}
    </RequireUser>
  );
}

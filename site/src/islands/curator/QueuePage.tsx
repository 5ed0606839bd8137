import { Alert, BodyLong, BodyShort, Button, Heading, Link, Loader, Radio, RadioGroup, Select, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { EVIDENCE_LEVELS } from "../../../../shared/domain/evidence.ts";
import { ReconsiderationAnswerBodySchema } from "../../../../shared/domain/review.ts";
import { EVIDENCE_DIRECTIONS } from "../../../../shared/domain/taxonomy.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import { client, type ReviewQueue } from "../../lib/api-client.ts";
import { Fatal, RequireUser } from "../session.tsx";
import { CHANGED_SINCE_OPENED, isStale } from "../stale.ts";
import { CuratorNav } from "./CuratorNav.tsx";
import { QueueTable } from "./QueueTable.tsx";

type Queue = ReviewQueue;
type Reconsideration = Queue["reconsiderations"][number];

function AnswerForm({ r, index }: { r: Reconsideration; index: number }) {
  const [decision, setDecision] = useState("");
  const [strength, setStrength] = useState("");
  const [direction, setDirection] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const [stale, setStale] = useState(false);
  const send = async () => {
    const body = {
      requestedAt: r.requestedAt,
      decision: decision || undefined,
      reason,
      ...(decision === "changed" ? { evidence: { strength: Number(strength) || undefined, direction: direction || undefined } } : {}),
    };
    const parsed = ReconsiderationAnswerBodySchema.safeParse(body);
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const i of parsed.error.issues) next[i.path.join(".")] = i.path[0] === "decision" ? "Velg om vurderingen står eller endres" : i.message;
      return setErrors(next);
    }
    setErrors({});
    try {
      // On top of the version the queue showed: an answer never overwrites what someone else wrote since.
      await client.answerReconsideration(r.pilotId, r.version, parsed.data);
      setSent(true);
    } catch (error) {
      if (isStale(error)) return setStale(true);
      setErrors({ form: error instanceof Error ? error.message : "Det gikk ikke å sende svaret." });
    }
  };
  if (sent) return <Alert variant="success">Svaret er sendt til kontoret.</Alert>;
  return (
    <VStack gap="space-16" className="utp-box">
      <RadioGroup legend="Avgjørelse" value={decision} onChange={setDecision} error={errors.decision} id={`f-svar${index}-decision`}>
        <Radio value="kept">Vurderingen står</Radio>
        <Radio value="changed">Vurderingen endres</Radio>
      </RadioGroup>
      {decision === "changed" ? (
        <>
          <RadioGroup legend="Ny vurdering: nivå" value={strength} onChange={setStrength} error={errors["evidence.strength"] ?? errors.evidence}>
            {EVIDENCE_LEVELS.map((l) => (
              <Radio key={l.strength} value={String(l.strength)} description={l.summary}>{`${l.strength} ${l.label}`}</Radio>
            ))}
          </RadioGroup>
          <Select
            label="Retning på resultatet"
            value={direction}
            onChange={(e) => setDirection(e.target.value)}
            error={errors["evidence.direction"]}
            className="utp-field"
          >
            <option value="">Velg</option>
            {EVIDENCE_DIRECTIONS.map((d) => (
              <option key={d.code} value={d.code}>
                {d.label}
              </option>
            ))}
          </Select>
        </>
      ) : null}
      <Textarea
        label="Begrunnelse til kontoret"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={errors.reason}
        minRows={3}
        className="utp-field"
      />
      {errors.form ? <Alert variant="error">{errors.form}</Alert> : null}
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
          <Button type="button" size="small" onClick={() => void send()}>
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

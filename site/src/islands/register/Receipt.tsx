import { Alert, BodyLong, Heading, Link, List, VStack } from "@navikt/ds-react";
import { useEffect, useRef } from "react";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";
import { ANSWER_WORKING_DAYS, addWorkingDays } from "../../../../shared/domain/answer-deadline.ts";

/** The receipt (kvittering) after a submit: what was sent, what happens next and when. */
export function Receipt({ pilot }: { pilot: Pilot }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submittedAt = new Date(pilot.submittedAt ?? pilot.stateChangedAt);
  const answerBy = addWorkingDays(submittedAt, ANSWER_WORKING_DAYS);
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return (
    <VStack gap="space-24" className="utp-receipt">
      <Heading level="1" size="xlarge" tabIndex={-1} ref={heading}>
        Kvittering
      </Heading>
      <Alert variant="success">
        <Heading level="2" size="small" spacing>
          Utprøvingen er sendt til vurdering
        </Heading>
        <BodyLong>
          «{pilot.content.title}» ble sendt {formatDate(iso(submittedAt))} kl. {submittedAt.toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })}
          .
        </BodyLong>
      </Alert>
      <section aria-labelledby="hva-skjer-na">
        <Heading level="2" size="medium" id="hva-skjer-na" spacing>
          Hva skjer nå?
        </Heading>
        <List>
          <List.Item>En kurator i Arbeids- og velferdsdirektoratet leser utprøvingen og vurderer kunnskapsgrunnlaget.</List.Item>
          <List.Item>
            Du får svar innen {ANSWER_WORKING_DAYS} virkedager, senest {formatDate(iso(answerBy))}: enten blir utprøvingen publisert, eller kuratoren ber om
            endringer med en kommentar du kan svare på.
          </List.Item>
          <List.Item>Når den er publisert, kan alle kontorer finne den i søket. Husk å rapportere resultatene når utprøvingen er ferdig.</List.Item>
        </List>
      </section>
      <VStack gap="space-8">
        <Link href="/mine/">Gå til Mine utprøvinger</Link>
        <Link href="/registrer/?ny=1">Registrer en ny utprøving</Link>
      </VStack>
    </VStack>
  );
}

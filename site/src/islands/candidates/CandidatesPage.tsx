import { Alert, BodyLong, BodyShort, Heading, Label, Link, VStack } from "@navikt/ds-react";
import { useState, type ReactNode } from "react";
import {
  EVALUATION_CANDIDATES_ELEMENT_ID,
  jointEvaluationSentence,
  MIN_POSITIVE_OFFICES,
  POSITIVE_DEFINITION,
  pooledEffectText,
  type EvaluationCandidate,
  type EvaluationCandidatesData,
} from "../../../../shared/public/pages/evaluation-candidates.ts";
import { formatDate, formatInteger } from "../../../../shared/domain/public-trial/format.ts";
import { urls } from "../../lib/urls.ts";
import { RequireUser } from "../common/session.tsx";
import { CuratorNav } from "../common/CuratorNav.tsx";

/** The list the site build wrote into the page, or undefined when it is missing. */
function readData(): EvaluationCandidatesData | undefined {
  const text = document.getElementById(EVALUATION_CANDIDATES_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as EvaluationCandidatesData) : undefined;
}

const plural = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>
        <Label as="span">{term}</Label>
      </dt>
      <dd>{children}</dd>
    </div>
  );
}

function Candidate({ candidate, rank, officeNames }: { candidate: EvaluationCandidate; rank: number; officeNames: Readonly<Record<string, string>> }) {
  const headingId = `kandidat-${candidate.slug}`;
  const offices = candidate.positiveOffices.map((id) => officeNames[id] ?? id);
  return (
    <VStack as="li" gap="space-12" className="utp-box" data-candidate={candidate.methodId}>
      <Heading level="2" size="small" id={headingId}>
        {`${rank}. `}
        <Link href={urls.method(candidate.slug)}>{candidate.name}</Link>
      </Heading>
      <dl className="utp-dl-view">
        <Row term={`Positivt ved ${plural(offices.length, "kontor", "kontorer")}`}>
          <BodyShort>{offices.join(", ")}</BodyShort>
        </Row>
        <Row term="Deltakere i de positive utprøvingene">
          <BodyShort>
            {formatInteger(candidate.participants)}
            {candidate.participantsUnknown > 0
              ? ` (og ${plural(candidate.participantsUnknown, "utprøving", "utprøvinger")} uten oppgitt antall eller med færre enn 5)`
              : ""}
          </BodyShort>
        </Row>
        <Row term="Utprøvinger">
          <BodyShort>{`${formatInteger(candidate.positiveTrials)} positive av ${plural(candidate.trials, "publisert", "publiserte")}`}</BodyShort>
        </Row>
        <Row term="Samlet effekt">
          <BodyShort>
            {candidate.pooled ? pooledEffectText(candidate.pooled) : "Ingen samlet effekt: færre enn to utprøvinger har målt mot en sammenligningsgruppe."}
          </BodyShort>
        </Row>
        <Row term="En felles evaluering">
          <BodyLong data-joint-evaluation>{jointEvaluationSentence(candidate.joint)}</BodyLong>
        </Row>
      </dl>
    </VStack>
  );
}

function Candidates() {
  const [data] = useState(readData);
  if (!data) return <Alert variant="error">Listen mangler på siden. Prøv å laste siden på nytt.</Alert>;
  return (
    <VStack gap="space-24">
      <CuratorNav />
      <Heading level="1" size="xlarge">
        Hva bør evalueres?
      </Heading>
      <VStack gap="space-12" className="utp-text">
        <BodyLong>
          {`Metoder som har gitt positive resultater ved minst ${MIN_POSITIVE_OFFICES} kontorer, men som ingen utprøving ennå har målt mot en sammenligningsgruppe (ingen har kunnskapsgrunnlag på nivå 3 eller 4). De er de beste kandidatene for en felles evaluering. Flest kontorer først, så flest deltakere, så størst samlet effekt.`}
        </BodyLong>
        <BodyLong>{POSITIVE_DEFINITION}</BodyLong>
        <BodyLong>
          Hva en felles evaluering kan påvise, regner vi med 80 % styrke og 5 % signifikansnivå, med deltakerne kontorene allerede har hatt og en like stor
          sammenligningsgruppe. Det forutsetter at kontorene ikke skiller seg fra hverandre, så det er det beste tilfellet.
        </BodyLong>
        <BodyShort size="small">{`Regnet ut fra de publiserte utprøvingene per ${formatDate(data.asOf)}.`}</BodyShort>
      </VStack>
      {data.candidates.length === 0 ? (
        <BodyShort>Ingen metoder oppfyller kravene nå.</BodyShort>
      ) : (
        <VStack as="ol" gap="space-16" className="utp-candidates" aria-label={`${plural(data.candidates.length, "metode", "metoder")} å evaluere`}>
          {data.candidates.map((c, i) => (
            <Candidate key={c.methodId} candidate={c} rank={i + 1} officeNames={data.officeNames} />
          ))}
        </VStack>
      )}
    </VStack>
  );
}

export function CandidatesPage() {
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.">
      {() => <Candidates />}
    </RequireUser>
  );
}

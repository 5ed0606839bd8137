import { BodyShort, Heading, Link, Tag, VStack } from "@navikt/ds-react";
import { formatDate } from "../../../../shared/domain/public-trial/format.ts";
import {
  checklistSummary,
  RECOMMENDATION_CHECKLISTS_ELEMENT_ID,
  type RecommendationChecklist,
  type RecommendationChecklistsData,
} from "../../../../shared/public/pages/recommendation-criteria.ts";
import { urls } from "../../lib/urls.ts";

export type Checklists = RecommendationChecklistsData;

/** The checklists the site build wrote into the page, or undefined when they are missing. */
export function readChecklists(): Checklists | undefined {
  const text = document.getElementById(RECOMMENDATION_CHECKLISTS_ELEMENT_ID)?.textContent;
  return text ? (JSON.parse(text) as Checklists) : undefined;
}

/** Which criteria for spreading the method meets, beside the curator's "Anbefalt for spredning" box. */
export function RecommendationChecklistView({
  checklist,
  asOf,
  methodName,
}: {
  checklist: RecommendationChecklist | undefined;
  asOf: string | undefined;
  methodName: string;
}) {
  if (!checklist || !asOf) {
    return <BodyShort size="small">Kriteriene for spredning er ikke regnet ut for denne metoden ennå; de kommer når nettstedet er bygget på nytt.</BodyShort>;
  }
  return (
    <VStack gap="space-8" className="utp-box" data-recommendation-checklist aria-label={`Kriterier for spredning: ${methodName}`} as="section">
      <Heading level="4" size="xsmall">
        {checklistSummary(checklist)}
      </Heading>
      <ul className="utp-checklist">
        {checklist.criteria.map((c) => (
          <li key={c.code} data-criterion={c.code} data-met={String(c.met)}>
            <Tag variant="moderate" data-color={c.met ? "success" : "warning"} size="small">
              {c.met ? "Oppfylt" : "Ikke oppfylt"}
            </Tag>
            <BodyShort as="span">
              <strong>{c.label}.</strong> {c.detail}
            </BodyShort>
          </li>
        ))}
      </ul>
      <BodyShort size="small">
        {`Regnet ut fra de publiserte utprøvingene per ${formatDate(asOf)}. `}
        <Link href={`${urls.rubric}#spredning`}>Les kriteriene</Link>
      </BodyShort>
    </VStack>
  );
}

import { BodyShort, Box, Heading, Link, VStack } from "@navikt/ds-react";
import { evidenceLabel } from "../../../../shared/domain/evidence.ts";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { EVIDENCE_DIRECTIONS, labelOf } from "../../../../shared/domain/taxonomy.ts";
import { formatDate } from "../../../../shared/domain/forms/format.ts";

type Published = Pick<Pilot, "slug" | "state" | "evidence" | "publishedAt" | "publishedVersion">;

/** Whether the trial is public with a rating: the curators' decision can be shown with its public page. */
export function isPublishedWithRating(pilot: Published): boolean {
  return pilot.publishedVersion !== undefined && pilot.state !== "withdrawn" && pilot.evidence !== undefined;
}

/**
 * What the curators decided when they published: the level of the knowledge base and the direction of the
 * result, with a link to the public page. Shown in the review after publishing and on Mine utprøvinger.
 */
export function PublishedRating({ pilot, headingLevel = "3" }: { pilot: Published; headingLevel?: "2" | "3" }) {
  if (!isPublishedWithRating(pilot) || !pilot.evidence) return null;
  const { strength, direction } = pilot.evidence;
  return (
    <Box
      background="success-soft"
      borderColor="success-subtle"
      borderWidth="1"
      borderRadius="8"
      padding="space-16"
      data-published-rating={`${strength}:${direction}`}
    >
      <VStack gap="space-8" align="start">
        <Heading level={headingLevel} size="xsmall">
          {pilot.publishedAt ? `Publisert ${formatDate(pilot.publishedAt)}` : "Publisert"}
        </Heading>
        <BodyShort>
          Kunnskapsgrunnlag: <strong>{`nivå ${strength}, ${evidenceLabel(strength, direction).toLocaleLowerCase("nb")}`}</strong>
        </BodyShort>
        <BodyShort>
          Retning på resultatet: <strong>{labelOf(EVIDENCE_DIRECTIONS, direction).toLocaleLowerCase("nb")}</strong>
        </BodyShort>
        <Link href={`/utproving/${pilot.slug}/`}>Se utprøvingen på nettstedet</Link>
      </VStack>
    </Box>
  );
}

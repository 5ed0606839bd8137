import { BodyLong, BodyShort, Box, Heading, List } from "@navikt/ds-react";
import { designAdvice } from "../../../../shared/domain/design-advice.ts";
import { standardMeasure } from "../../../../shared/domain/outcome-measures.ts";
import { EXPECTED_SHARES_ELEMENT_ID, type ExpectedShareDefaults } from "../../../../shared/domain/forms/expected-share.ts";

/** The bank's expected shares, written into the page at build time; empty when the page has none. */
export function readExpectedShares(): ExpectedShareDefaults {
  try {
    const text = document.getElementById(EXPECTED_SHARES_ELEMENT_ID)?.textContent;
    if (text) return JSON.parse(text) as ExpectedShareDefaults;
  } catch {
    // A page without the figures still shows the estimate from what the office types.
  }
  return { bank: {}, byMethod: {} };
}

/** Whether a planned outcome is a share (a standard share measure, or an own measure with an expected share). */
export function isShareOutcome(outcome: { measureCode?: string | undefined; expectedShare?: unknown }): boolean {
  const standard = outcome.measureCode ? standardMeasure(outcome.measureCode) : undefined;
  return standard ? standard.pooling === "share" : outcome.expectedShare !== undefined;
}

interface Props {
  readonly participants: number | undefined;
  readonly outcome: { measureCode?: string | undefined; expectedShare?: number | undefined; followUpMonths?: number | undefined; name?: string | undefined };
  readonly headingLevel?: "3" | "4";
  /** Where a prefilled share came from, shown under the sentence. */
  readonly source?: string | undefined;
}

/** "Hva kan utprøvingen påvise?": the design sentence and what would make the trial stronger. */
export function DesignAdviceView({ participants, outcome, headingLevel = "4", source }: Props) {
  const standard = outcome.measureCode ? standardMeasure(outcome.measureCode) : undefined;
  const advice = designAdvice({
    participants,
    expectedShare: outcome.expectedShare,
    higherIsBetter: standard?.higherIsBetter,
    followUpMonths: outcome.followUpMonths,
  });
  return (
    <Box padding="space-16" borderRadius="8" background="info-soft" className="utp-design" data-design-advice>
      <Heading level={headingLevel} size="xsmall" spacing>
        {outcome.name ? `Hva kan utprøvingen påvise for «${outcome.name}»?` : "Hva kan utprøvingen påvise?"}
      </Heading>
      {advice.kind === "missing" ? (
        <BodyShort className="utp-design__sentence">{advice.text}</BodyShort>
      ) : (
        <>
          <BodyLong className="utp-design__sentence" spacing>
            {advice.sentence}
          </BodyLong>
          {source ? (
            <BodyShort size="small" textColor="subtle" spacing>
              {source}
            </BodyShort>
          ) : null}
          <BodyShort weight="semibold">Dette gjør utprøvingen sterkere:</BodyShort>
          <List size="small">
            {advice.stronger.map((s) => (
              <List.Item key={s}>{s}</List.Item>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}

import { Alert, BodyLong, Heading, Textarea } from "@navikt/ds-react";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { ReplyBodySchema } from "../../../../shared/domain/review.ts";
import { OfficeConversation } from "../Conversation.tsx";

/**
 * A trial sent back for changes, opened in the form (the e-mail's link): the curator's comment, and beside it
 * the conversation with a box to answer. The answer goes into the trial's history, as on `/mine/`.
 */
export function ChangeRequestPanel({ pilot, onReplied }: { pilot: Pilot; onReplied: (pilot: Pilot) => void }) {
  return (
    <div className="utp-change-request" data-change-request>
      <Alert variant="warning" className="utp-change-request__comment">
        <Heading level="2" size="xsmall" spacing>
          Kuratoren ba om endringer
        </Heading>
        <BodyLong className="utp-pre">{pilot.reviewComment}</BodyLong>
      </Alert>
      <div className="utp-change-request__answer">
        <OfficeConversation pilot={pilot} onReplied={onReplied} />
      </div>
    </div>
  );
}

/** The answer a resubmission can carry: empty is no answer, anything else must pass the reply's own schema. */
export function checkResubmitAnswer(text: string): { ok: true; message: string | undefined } | { ok: false; error: string } {
  if (text.trim() === "") return { ok: true, message: undefined };
  const parsed = ReplyBodySchema.safeParse({ message: text });
  return parsed.success ? { ok: true, message: parsed.data.message } : { ok: false, error: parsed.error.issues[0]?.message ?? "Skriv et svar" };
}

/** On the last step of a trial sent back for changes: an answer to send to the curator with the resubmission. */
export function ResubmitAnswer({ value, error, onChange }: { value: string; error: string | undefined; onChange: (text: string) => void }) {
  return (
    <Textarea
      id="f-resubmit-answer"
      label="Svar til kuratoren (valgfritt)"
      description="Sendes sammen med utprøvingen når du sender den inn igjen, og blir en del av historikken. Det vises aldri offentlig."
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
      minRows={3}
      className="utp-field"
    />
  );
}

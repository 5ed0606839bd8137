import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, BodyLong, Heading, Textarea } from "@navikt/ds-react";
import { useForm } from "react-hook-form";
import * as z from "zod";
import { partial } from "zod/mini";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { ReplyBodySchema } from "../../../../shared/domain/review.ts";
import { OfficeConversation } from "../common/Conversation.tsx";

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
export const ResubmitAnswerSchema = z
  .object({ message: z.string() })
  .transform(({ message }) => (message.trim() === "" ? {} : { message }))
  .pipe(partial(ReplyBodySchema));

/** The answer's own small form beside the trial's: its value is the reply's body, or none when left empty. */
export function useResubmitAnswer() {
  return useForm<z.input<typeof ResubmitAnswerSchema>, unknown, z.output<typeof ResubmitAnswerSchema>>({
    defaultValues: { message: "" },
    resolver: zodResolver(ResubmitAnswerSchema),
    shouldFocusError: false,
  });
}

export type ResubmitAnswerForm = ReturnType<typeof useResubmitAnswer>;

/** On the last step of a trial sent back for changes: an answer to send to the curator with the resubmission. */
export function ResubmitAnswer({ form }: { form: ResubmitAnswerForm }) {
  return (
    <Textarea
      id="f-resubmit-answer"
      label="Svar til kuratoren (valgfritt)"
      description="Sendes sammen med utprøvingen når du sender den inn igjen, og blir en del av historikken. Det vises aldri offentlig."
      {...form.register("message")}
      error={form.formState.errors.message?.message}
      minRows={3}
      className="utp-field"
    />
  );
}

import { zodResolver } from "@hookform/resolvers/zod";
import { BodyLong, BodyShort, Box, Button, Heading, Textarea, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { ReplyBodySchema } from "../../../../shared/domain/review.ts";
import type { Revision } from "../../../../shared/domain/revision.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { client } from "../../lib/api-client.ts";

/** The messages between the curators and the office about one trial, oldest first, from its history. */
export interface Message {
  readonly at: string;
  readonly from: "kurator" | "kontor";
  readonly name: string;
  readonly text: string;
}

const THREAD_ACTIONS: Partial<Record<Revision["action"], Message["from"]>> = { request_changes: "kurator", reply_to_curator: "kontor", withdraw: "kurator" };

export function threadOf(revisions: readonly Revision[]): Message[] {
  return revisions
    .filter((r) => r.note && THREAD_ACTIONS[r.action] && !(r.action === "withdraw" && r.snapshot.officeId === r.by.sub))
    .map((r) => ({ at: r.at, from: THREAD_ACTIONS[r.action] ?? "kurator", name: r.by.name, text: r.note ?? "" }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

const time = (iso: string) => new Date(iso).toLocaleString("nb-NO", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function Thread({ messages }: { messages: readonly Message[] }) {
  if (!messages.length) return <BodyShort>Ingen meldinger ennå.</BodyShort>;
  return (
    <VStack as="ol" gap="space-12" className="utp-thread">
      {messages.map((m, i) => (
        <Box
          as="li"
          key={i}
          padding="space-12"
          borderRadius="8"
          background={m.from === "kurator" ? "info-soft" : "neutral-soft"}
          className={`utp-thread__message utp-thread__message--${m.from}`}
        >
          <BodyShort size="small" weight="semibold">{`${m.from === "kurator" ? "Kurator" : "Kontoret"}: ${m.name}, ${time(m.at)}`}</BodyShort>
          <BodyLong className="utp-pre">{m.text}</BodyLong>
        </Box>
      ))}
    </VStack>
  );
}

type ReplyForm = z.input<typeof ReplyBodySchema>;

/** The office's view: the thread and a box to answer the curators' comment. */
export function OfficeConversation({ pilot, onReplied }: { pilot: Pilot; onReplied: (pilot: Pilot) => void }) {
  const [messages, setMessages] = useState<Message[] | undefined>();
  const [sent, setSent] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ReplyForm, unknown, z.output<typeof ReplyBodySchema>>({
    defaultValues: { message: "" },
    resolver: zodResolver(ReplyBodySchema),
  });
  useEffect(() => {
    client.revisions(pilot.id).then(
      (r) => setMessages(threadOf(r)),
      () => setMessages([]),
    );
  }, [pilot.id]);
  const send = handleSubmit(async ({ message }) => {
    try {
      const saved = await client.replyToCurator(pilot.id, pilot.version, message);
      setMessages((m) => [...(m ?? []), { at: saved.updatedAt, from: "kontor", name: saved.updatedBy.name, text: message }]);
      reset();
      setSent(true);
      onReplied(saved);
    } catch (e) {
      if (!applyProblem(e, setError, ["message"])) setError("message", { type: "server", message: problemText(e, "Det gikk ikke å sende svaret.") });
    }
  });
  return (
    <VStack as="section" gap="space-12" aria-label={`Samtale med kuratoren om «${pilot.content.title}»`}>
      <Heading level="3" size="xsmall">
        Samtale med kuratoren
      </Heading>
      {messages ? <Thread messages={messages} /> : null}
      <VStack as="form" gap="space-12" noValidate onSubmit={(e) => void send(e)}>
        <Textarea
          label="Svar kuratoren"
          description="Svaret blir en del av historikken til utprøvingen. Det vises aldri offentlig."
          {...register("message")}
          error={errors.message?.message}
          minRows={2}
          className="utp-field"
        />
        <div>
          <Button type="submit" size="small" variant="secondary">
            Send svaret
          </Button>
        </div>
      </VStack>
      {sent ? <BodyShort role="status">Svaret er sendt til kuratoren.</BodyShort> : null}
    </VStack>
  );
}

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, BodyShort, Button, Heading, ReadMore, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import * as z from "zod";
import { MethodInputSchema } from "../../../../shared/domain/method.ts";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { PublishBodySchema, RequestChangesBodySchema } from "../../../../shared/domain/review.ts";
import { bodyOf, formResolver } from "../../app/form-schema.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { client } from "../../lib/api-client.ts";
import { EVIDENCE_MESSAGES, EvidenceFields } from "../common/EvidenceFields.tsx";

/** The route's body schema over the publish form's values: an empty choice is a missing one. */
const PublishFormSchema = bodyOf(
  z.object({ evidence: z.object({ strength: z.string(), direction: z.string() }), methodId: z.string(), note: z.string() }),
  (v) => ({
    evidence: { strength: Number(v.evidence.strength) || undefined, direction: v.evidence.direction || undefined },
    methodId: v.methodId || undefined,
    note: v.note.trim() || undefined,
  }),
  PublishBodySchema,
);
type PublishValues = z.input<typeof PublishFormSchema>;

// The resolver gives a union's closest branch ("Ugyldig valg"), not the level's own message, so the form names it.
const PUBLISH_MESSAGES = { methodId: "Velg en metode", ...EVIDENCE_MESSAGES };
const PUBLISH_FIELDS = ["evidence.strength", "evidence.direction", "methodId", "note"] as const;

/** A new method made on the spot, for a trial whose way of working has none yet. */
function NewMethod({ onCreated }: { onCreated: (method: { id: string; name: string }) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm({ defaultValues: { name: "" }, resolver: zodResolver(MethodInputSchema) });
  const [created, setCreated] = useState<string | undefined>();
  const create = async (body: z.output<typeof MethodInputSchema>) => {
    try {
      const method = await client.createMethod(body);
      onCreated({ id: method.id, name: method.name });
      setCreated(`Metoden «${method.name}» er opprettet og valgt.`);
      reset({ name: body.name });
    } catch (error) {
      if (!applyProblem(error, setError, ["name"])) setError("name", { message: problemText(error, "Noe gikk galt.") });
    }
  };
  return (
    <VStack gap="space-12">
      <TextField label="Navn på ny metode" {...register("name")} error={errors.name?.message} className="utp-field" />
      <div>
        {/* Inside the publish form, so no form of its own: the button runs the same submit. */}
        <Button type="button" variant="secondary" size="small" onClick={(e) => void handleSubmit(create)(e)}>
          Opprett metoden
        </Button>
      </div>
      {created ? <BodyShort role="status">{created}</BodyShort> : null}
    </VStack>
  );
}

export function PublishForm({
  pilot,
  methods,
  onDone,
}: {
  pilot: Pilot;
  methods: { id: string; name: string }[];
  onDone: (message: string, published?: Pilot) => void;
}) {
  const {
    control,
    register,
    handleSubmit,
    setError,
    setValue,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<PublishValues, unknown, z.output<typeof PublishFormSchema>>({
    defaultValues: {
      evidence: { strength: pilot.evidence ? String(pilot.evidence.strength) : "", direction: pilot.evidence?.direction ?? "" },
      methodId: pilot.methodId ?? pilot.content.methodId ?? "",
      note: "",
    },
    resolver: formResolver(PublishFormSchema, PUBLISH_MESSAGES),
  });
  const [options, setOptions] = useState(methods);
  const publish = async (body: z.output<typeof PublishFormSchema>) => {
    try {
      const published = await client.publish(pilot.id, pilot.version, body);
      onDone("Utprøvingen er publisert. Nettstedet bygges på nytt om litt.", published);
    } catch (error) {
      if (!applyProblem(error, setError, PUBLISH_FIELDS)) setError("root.server", { message: problemText(error, "Noe gikk galt.") });
    }
  };
  return (
    <VStack as="section" aria-labelledby="publiser" gap="space-16" className="utp-box">
      <Heading level="2" size="medium" id="publiser">
        Publiser
      </Heading>
      <EvidenceFields control={control} legend="Kunnskapsgrunnlag: nivå" id="f-publish-evidence-strength" />
      {/* Held by the form, so a method made below is chosen as soon as its option is drawn. */}
      <Controller
        control={control}
        name="methodId"
        render={({ field }) => (
          <Select label="Metode" {...field} error={errors.methodId?.message} className="utp-field">
            <option value="">Velg metode</option>
            {options.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
          </Select>
        )}
      />
      <ReadMore header="Finnes ikke metoden? Opprett en ny">
        <NewMethod
          onCreated={(method) => {
            setOptions((o) => [...o, method]);
            setValue("methodId", method.id);
            clearErrors("methodId");
          }}
        />
      </ReadMore>
      <Textarea label="Merknad (valgfritt, vises ikke offentlig)" {...register("note")} error={errors.note?.message} minRows={2} className="utp-field" />
      {errors.root?.server ? <Alert variant="error">{errors.root.server.message}</Alert> : null}
      <div>
        <Button type="button" loading={isSubmitting} onClick={(e) => void handleSubmit(publish)(e)}>
          Publiser utprøvingen
        </Button>
      </div>
    </VStack>
  );
}

export function RequestChangesForm({ pilot, onDone }: { pilot: Pilot; onDone: (message: string) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm({ defaultValues: { comment: "" }, resolver: zodResolver(RequestChangesBodySchema) });
  const send = async (body: z.output<typeof RequestChangesBodySchema>) => {
    try {
      await client.requestChanges(pilot.id, pilot.version, body.comment);
      onDone("Utprøvingen er sendt tilbake til kontoret med kommentaren din.");
    } catch (error) {
      if (!applyProblem(error, setError, ["comment"])) setError("comment", { message: problemText(error, "Noe gikk galt.") });
    }
  };
  return (
    <VStack as="section" aria-labelledby="be-om-endringer" gap="space-16" className="utp-box">
      <Heading level="2" size="medium" id="be-om-endringer">
        Be om endringer
      </Heading>
      <VStack as="form" gap="space-16" noValidate onSubmit={(e) => void handleSubmit(send)(e)}>
        <Textarea
          label="Hva må kontoret endre?"
          description="Kommentaren vises for kontoret, som kan svare deg."
          {...register("comment")}
          error={errors.comment?.message}
          minRows={3}
          className="utp-field"
        />
        <div>
          <Button type="submit" variant="secondary">
            Send tilbake til kontoret
          </Button>
        </div>
      </VStack>
    </VStack>
  );
}

import { Alert, BodyShort, Button, Checkbox, ExpansionCard, Heading, HStack, Loader, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { Controller, useForm, type UseFormReturn } from "react-hook-form";
import * as z from "zod";
import { MethodInputSchema } from "../../../../shared/domain/method.ts";
import { MergeMethodBodySchema } from "../../../../shared/domain/review.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { bodyOf, firstMessage, formResolver } from "../../app/form-schema.ts";
import { client } from "../../lib/api-client.ts";
import { Fatal, RequireUser } from "../common/session.tsx";
import { CuratorNav } from "../common/CuratorNav.tsx";
import { readChecklists, RecommendationChecklistView, type Checklists } from "./RecommendationChecklistView.tsx";

type Method = Awaited<ReturnType<typeof client.methods>>[number];

const draftOf = (m?: Method) => ({
  name: m?.name ?? "",
  description: m?.description ?? "",
  aliases: (m?.aliases ?? []).join(", "),
  recommended: m?.recommended ?? false,
  recommendationNote: m?.recommendationNote ?? "",
});
type Draft = ReturnType<typeof draftOf>;

/** The route's body schema over the method form: other names are one text, separated by commas. */
const MethodFormSchema = bodyOf(
  z.object({ name: z.string(), description: z.string(), aliases: z.string(), recommended: z.boolean(), recommendationNote: z.string() }),
  (d) => {
    const aliases = d.aliases
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      name: d.name.trim(),
      ...(d.description.trim() ? { description: d.description.trim() } : {}),
      ...(aliases.length ? { aliases } : {}),
      recommended: d.recommended,
      ...(d.recommendationNote.trim() ? { recommendationNote: d.recommendationNote.trim() } : {}),
    };
  },
  MethodInputSchema,
);
type MethodBody = z.output<typeof MethodFormSchema>;
const METHOD_FIELDS = ["name", "description", "aliases", "recommended", "recommendationNote"] as const;

function useMethodForm(method?: Method) {
  return useForm<Draft, unknown, MethodBody>({ defaultValues: draftOf(method), resolver: zodResolver(MethodFormSchema) });
}

/** The merge form over the route's body schema: no choice is a missing one. */
const MergeFormSchema = bodyOf(z.object({ into: z.string() }), (v) => ({ into: v.into || undefined }), MergeMethodBodySchema);
const MERGE_MESSAGES = { into: "Velg metoden den skal slås sammen med." };

function MethodFields({ form, checklist }: { form: UseFormReturn<Draft, unknown, MethodBody>; checklist?: ReactNode }) {
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <VStack gap="space-16">
      <TextField label="Navn" {...register("name")} error={errors.name?.message} className="utp-field" />
      <Textarea label="Beskrivelse (valgfritt)" {...register("description")} error={errors.description?.message} minRows={3} className="utp-field" />
      <TextField
        label="Andre navn (valgfritt)"
        description="Skilt med komma."
        {...register("aliases")}
        error={firstMessage(errors.aliases)}
        className="utp-field"
      />
      <Controller
        control={form.control}
        name="recommended"
        render={({ field }) => (
          <Checkbox ref={field.ref} name={field.name} checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur}>
            Anbefalt for spredning
          </Checkbox>
        )}
      />
      {checklist}
      <Textarea
        label="Begrunnelse for anbefalingen (valgfritt)"
        {...register("recommendationNote")}
        error={errors.recommendationNote?.message}
        minRows={2}
        className="utp-field"
      />
    </VStack>
  );
}

function MethodCard({ method, all, reload, checklists }: { method: Method; all: Method[]; reload: () => void; checklists: Checklists | undefined }) {
  const form = useMethodForm(method);
  const merging = useForm<{ into: string }, unknown, z.output<typeof MergeFormSchema>>({
    defaultValues: { into: "" },
    resolver: formResolver(MergeFormSchema, MERGE_MESSAGES),
  });
  const [version, setVersion] = useState(method.version);
  const [status, setStatus] = useState<string | undefined>();
  const save = async (body: MethodBody) => {
    try {
      const saved = await client.updateMethod(method.id, version, body);
      setVersion(saved.version);
      setStatus(`Lagret kl. ${new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })}`);
    } catch (e) {
      if (!applyProblem(e, form.setError, METHOD_FIELDS)) setStatus(problemText(e, "Det gikk ikke å lagre."));
    }
  };
  const merge = async ({ into }: z.output<typeof MergeFormSchema>) => {
    try {
      await client.mergeMethod(method.id, version, into);
      reload();
    } catch (e) {
      if (!applyProblem(e, merging.setError, ["into"])) merging.setError("into", { message: problemText(e, "Det gikk ikke å slå sammen.") });
    }
  };
  return (
    <ExpansionCard size="small" aria-label={method.name}>
      <ExpansionCard.Header>
        <ExpansionCard.Title as="h3" size="small">
          {method.name}
        </ExpansionCard.Title>
        {method.recommended ? <ExpansionCard.Description>Anbefalt for spredning</ExpansionCard.Description> : null}
      </ExpansionCard.Header>
      <ExpansionCard.Content>
        <VStack gap="space-16">
          <VStack as="form" gap="space-16" noValidate onSubmit={(e) => void form.handleSubmit(save)(e)}>
            <MethodFields
              form={form}
              checklist={<RecommendationChecklistView checklist={checklists?.byMethod[method.id]} asOf={checklists?.asOf} methodName={method.name} />}
            />
            <HStack gap="space-12" align="center">
              <Button type="submit" variant="secondary" size="small">
                Lagre metoden
              </Button>
              {status ? <BodyShort role="status">{status}</BodyShort> : null}
            </HStack>
          </VStack>
          <VStack as="form" gap="space-16" noValidate onSubmit={(e) => void merging.handleSubmit(merge)(e)}>
            <Select
              label={`Slå «${method.name}» sammen med`}
              {...merging.register("into")}
              error={merging.formState.errors.into?.message}
              className="utp-field"
            >
              <option value="">Velg metode</option>
              {all
                .filter((o) => o.id !== method.id)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
            </Select>
            <div>
              <Button type="submit" variant="secondary" size="small">
                Slå sammen
              </Button>
            </div>
          </VStack>
        </VStack>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}

function Methods() {
  const [methods, setMethods] = useState<Method[] | undefined>();
  const [error, setError] = useState<unknown>();
  const form = useMethodForm();
  const [status, setStatus] = useState<string | undefined>();
  const [checklists] = useState(readChecklists);
  const reload = useCallback(() => {
    client.methods().then((m) => setMethods([...m].sort((a, b) => a.name.localeCompare(b.name, "nb"))), setError);
  }, []);
  useEffect(reload, [reload]);
  if (error) return <Fatal error={error} />;
  if (!methods) return <Loader title="Henter metodene …" />;
  const create = async (body: MethodBody) => {
    try {
      const method = await client.createMethod(body);
      form.reset(draftOf());
      setStatus(`Metoden «${method.name}» er opprettet.`);
      reload();
    } catch (e) {
      if (!applyProblem(e, form.setError, METHOD_FIELDS)) setStatus(problemText(e, "Det gikk ikke å opprette metoden."));
    }
  };
  return (
    <VStack gap="space-24">
      <CuratorNav />
      <Heading level="1" size="xlarge">
        Metoder
      </Heading>
      <Heading level="2" size="medium">{`Alle metoder (${methods.length})`}</Heading>
      <VStack gap="space-12">
        {methods.map((m) => (
          <MethodCard key={`${m.id}-${m.version}`} method={m} all={methods} reload={reload} checklists={checklists} />
        ))}
      </VStack>
      <VStack as="section" aria-labelledby="ny-metode" gap="space-16" className="utp-box">
        <Heading level="2" size="medium" id="ny-metode">
          Ny metode
        </Heading>
        <VStack as="form" gap="space-16" noValidate onSubmit={(e) => void form.handleSubmit(create)(e)}>
          <MethodFields form={form} />
          <div>
            <Button type="submit">Opprett metoden</Button>
          </div>
        </VStack>
        {status ? (
          <Alert variant="info" size="small" role="status">
            {status}
          </Alert>
        ) : null}
      </VStack>
    </VStack>
  );
}

export function MethodsPage() {
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.">
      {() => <Methods />}
    </RequireUser>
  );
}

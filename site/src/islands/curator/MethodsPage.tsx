import { Alert, BodyShort, Button, Checkbox, ExpansionCard, Heading, HStack, Loader, Select, Textarea, TextField, VStack } from "@navikt/ds-react";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import { MethodInputSchema } from "../../../../shared/domain/method.ts";
import { client } from "../../lib/api-client.ts";
import { Fatal, RequireUser } from "../session.tsx";
import { CuratorNav } from "./CuratorNav.tsx";
import { readChecklists, RecommendationChecklistView, type Checklists } from "./RecommendationChecklistView.tsx";

type Method = Awaited<ReturnType<typeof client.methods>>[number];

interface Draft {
  name: string;
  description: string;
  aliases: string;
  recommended: boolean;
  recommendationNote: string;
}

const draftOf = (m?: Method): Draft => ({
  name: m?.name ?? "",
  description: m?.description ?? "",
  aliases: (m?.aliases ?? []).join(", "),
  recommended: m?.recommended ?? false,
  recommendationNote: m?.recommendationNote ?? "",
});

function parse(d: Draft) {
  const aliases = d.aliases
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return MethodInputSchema.safeParse({
    name: d.name.trim(),
    ...(d.description.trim() ? { description: d.description.trim() } : {}),
    ...(aliases.length ? { aliases } : {}),
    recommended: d.recommended,
    ...(d.recommendationNote.trim() ? { recommendationNote: d.recommendationNote.trim() } : {}),
  });
}

function MethodFields({
  draft,
  setDraft,
  errors,
  checklist,
}: {
  draft: Draft;
  setDraft: (d: Draft) => void;
  errors: Record<string, string>;
  checklist?: ReactNode;
}) {
  return (
    <VStack gap="space-16">
      <TextField label="Navn" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} error={errors.name} className="utp-field" />
      <Textarea
        label="Beskrivelse (valgfritt)"
        value={draft.description}
        onChange={(e) => setDraft({ ...draft, description: e.target.value })}
        error={errors.description}
        minRows={3}
        className="utp-field"
      />
      <TextField
        label="Andre navn (valgfritt)"
        description="Skilt med komma."
        value={draft.aliases}
        onChange={(e) => setDraft({ ...draft, aliases: e.target.value })}
        error={errors.aliases}
        className="utp-field"
      />
      <Checkbox checked={draft.recommended} onChange={(e) => setDraft({ ...draft, recommended: e.target.checked })}>
        Anbefalt for spredning
      </Checkbox>
      {checklist}
      <Textarea
        label="Begrunnelse for anbefalingen (valgfritt)"
        value={draft.recommendationNote}
        onChange={(e) => setDraft({ ...draft, recommendationNote: e.target.value })}
        error={errors.recommendationNote}
        minRows={2}
        className="utp-field"
      />
    </VStack>
  );
}

const errorsOf = (issues: readonly { path: PropertyKey[]; message: string }[]) => Object.fromEntries(issues.map((i) => [String(i.path[0] ?? ""), i.message]));

function MethodCard({ method, all, reload, checklists }: { method: Method; all: Method[]; reload: () => void; checklists: Checklists | undefined }) {
  const [draft, setDraft] = useState(() => draftOf(method));
  const [version, setVersion] = useState(method.version);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | undefined>();
  const [into, setInto] = useState("");
  const save = async () => {
    const parsed = parse(draft);
    if (!parsed.success) return setErrors(errorsOf(parsed.error.issues));
    setErrors({});
    try {
      const saved = await client.updateMethod(method.id, version, parsed.data);
      setVersion(saved.version);
      setStatus(`Lagret kl. ${new Date().toLocaleTimeString("nb-NO", { hour: "2-digit", minute: "2-digit" })}`);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : "Det gikk ikke å lagre.");
    }
  };
  const merge = async () => {
    if (!into) return setErrors({ into: "Velg metoden den skal slås sammen med." });
    try {
      await client.mergeMethod(method.id, version, into);
      reload();
    } catch (e) {
      setErrors({ into: e instanceof Error ? e.message : "Det gikk ikke å slå sammen." });
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
          <MethodFields
            draft={draft}
            setDraft={setDraft}
            errors={errors}
            checklist={<RecommendationChecklistView checklist={checklists?.byMethod[method.id]} asOf={checklists?.asOf} methodName={method.name} />}
          />
          <HStack gap="space-12" align="center">
            <Button type="button" variant="secondary" size="small" onClick={() => void save()}>
              Lagre metoden
            </Button>
            {status ? <BodyShort role="status">{status}</BodyShort> : null}
          </HStack>
          <Select label={`Slå «${method.name}» sammen med`} value={into} onChange={(e) => setInto(e.target.value)} error={errors.into} className="utp-field">
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
            <Button type="button" variant="secondary" size="small" onClick={() => void merge()}>
              Slå sammen
            </Button>
          </div>
        </VStack>
      </ExpansionCard.Content>
    </ExpansionCard>
  );
}

function Methods() {
  const [methods, setMethods] = useState<Method[] | undefined>();
  const [error, setError] = useState<unknown>();
  const [draft, setDraft] = useState(() => draftOf());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | undefined>();
  const [checklists] = useState(readChecklists);
  const reload = useCallback(() => {
    client.methods().then((m) => setMethods([...m].sort((a, b) => a.name.localeCompare(b.name, "nb"))), setError);
  }, []);
  useEffect(reload, [reload]);
  if (error) return <Fatal error={error} />;
  if (!methods) return <Loader title="Henter metodene …" />;
  const create = async () => {
    const parsed = parse(draft);
    if (!parsed.success) return setErrors(errorsOf(parsed.error.issues));
    try {
      const method = await client.createMethod(parsed.data);
      setDraft(draftOf());
      setErrors({});
      setStatus(`Metoden «${method.name}» er opprettet.`);
      reload();
    } catch (e) {
      setStatus(e instanceof Error ? e.message : "Det gikk ikke å opprette metoden.");
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
        <MethodFields draft={draft} setDraft={setDraft} errors={errors} />
        <div>
          <Button type="button" onClick={() => void create()}>
            Opprett metoden
          </Button>
        </div>
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

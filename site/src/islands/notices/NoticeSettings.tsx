import { Alert, BodyShort, Button, Checkbox, Heading, HStack, Radio, RadioGroup, Select, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { TARGET_GROUPS } from "../../../../shared/domain/taxonomy.ts";
import { NoticePreferencesSchema, type Follow, type NoticePreferences } from "../../../../shared/domain/notices/preferences.ts";
import { api, ApiError, type ResponseBody } from "../../lib/api-client.ts";

type Saved = ResponseBody<"GET /api/notices/preferences">;
type MethodItem = Pick<ResponseBody<"GET /api/methods">["items"][number], "id" | "name">;

const followName = (follow: Follow, methods: readonly MethodItem[]) =>
  follow.kind === "method"
    ? (methods.find((m) => m.id === follow.id)?.name ?? follow.id)
    : (TARGET_GROUPS.find((g) => g.code === follow.id)?.label ?? follow.id);

/**
 * The user's notice settings on Mine utprøvinger: the optional review notices on or off, curators' choice of
 * one e-mail per submission or a daily digest, and the methods and target groups they follow. Results
 * reminders cannot be turned off, and the page says so. Saved with If-Match, so two tabs never overwrite
 * each other silently.
 */
export function NoticeSettings({ role }: { readonly role: "kontor" | "kurator" }) {
  const [saved, setSaved] = useState<Saved | undefined>();
  const [draft, setDraft] = useState<NoticePreferences | undefined>();
  const [methods, setMethods] = useState<readonly MethodItem[]>([]);
  const [status, setStatus] = useState<{ kind: "success" | "error"; text: string } | undefined>();
  const [addKind, setAddKind] = useState<Follow["kind"]>("method");
  const [addId, setAddId] = useState("");
  const [addDelivery, setAddDelivery] = useState<Follow["delivery"]>("email");

  useEffect(() => {
    let active = true;
    void (async () => {
      try {
        const [first, list] = await Promise.all([api.call("GET /api/notices/preferences"), api.call("GET /api/methods")]);
        let prefs = first.body;
        if (prefs.version === 0) {
          // The first visit saves the defaults, which also tells the hub the user's work address, so that
          // notices about the trials they register reach them as the author. Saved elsewhere meanwhile: read again.
          const { address: _a, version: _v, ...defaults } = prefs;
          prefs = await api
            .call("PUT /api/notices/preferences", { body: defaults, ifMatch: 0 })
            .then((res) => res.body)
            .catch(async (error: unknown) => {
              if (error instanceof ApiError && error.status === 412) return (await api.call("GET /api/notices/preferences")).body;
              throw error;
            });
        }
        if (!active) return;
        const { address: _a, version: _v, ...rest } = prefs;
        setSaved(prefs);
        setDraft(rest);
        setMethods(list.body.items);
      } catch (error) {
        if (active) setStatus({ kind: "error", text: error instanceof Error ? error.message : "Kunne ikke hente varselinnstillingene." });
      }
    })();
    return () => {
      active = false;
    };
  }, []);

  if (!draft || !saved) {
    return status ? <Alert variant="error">{status.text}</Alert> : <BodyShort>Henter varselinnstillingene …</BodyShort>;
  }

  const save = async (next: NoticePreferences) => {
    const parsed = NoticePreferencesSchema.safeParse(next);
    if (!parsed.success) return setStatus({ kind: "error", text: parsed.error.issues[0]?.message ?? "Noe er ikke fylt ut riktig." });
    try {
      const res = await api.call("PUT /api/notices/preferences", { body: parsed.data, ifMatch: saved.version });
      setSaved(res.body);
      setDraft(parsed.data);
      setStatus({ kind: "success", text: "Varselinnstillingene er lagret." });
    } catch (error) {
      const text =
        error instanceof ApiError && error.status === 412
          ? "Innstillingene er endret et annet sted. Last siden på nytt og prøv igjen."
          : error instanceof Error
            ? error.message
            : "Kunne ikke lagre.";
      setStatus({ kind: "error", text });
    }
  };

  const options = addKind === "method" ? methods.map((m) => ({ value: m.id, label: m.name })) : TARGET_GROUPS.map((g) => ({ value: g.code, label: g.label }));
  const follow = () => {
    if (!addId) return setStatus({ kind: "error", text: addKind === "method" ? "Velg en metode å følge." : "Velg en målgruppe å følge." });
    if (draft.follows.some((f) => f.kind === addKind && f.id === addId)) return setStatus({ kind: "error", text: "Du følger dette allerede." });
    setAddId("");
    void save({ ...draft, follows: [...draft.follows, { kind: addKind, id: addId, delivery: addDelivery }] });
  };

  return (
    <VStack gap="space-16">
      <Heading level="2" size="medium" id="varsler">
        Varsler på e-post
      </Heading>
      <BodyShort>
        Varslene sendes til {saved.address}. Påminnelser om resultater som mangler, kan ikke slås av; de stopper når resultatene er lagt inn.
      </BodyShort>
      {role === "kontor" && (
        <Checkbox
          checked={draft.reviewNotices}
          onChange={(e) => void save({ ...draft, reviewNotices: e.target.checked })}
          description="Når kuratorene ber om endringer, publiserer, svarer på en forespørsel om ny vurdering eller trekker tilbake en utprøving dere har registrert."
        >
          Varsle meg om vurderingen av kontorets utprøvinger
        </Checkbox>
      )}
      {role === "kurator" && (
        <RadioGroup
          legend="Nye innsendinger og forespørsler om ny vurdering"
          value={draft.curatorDelivery}
          onChange={(value: NoticePreferences["curatorDelivery"]) => void save({ ...draft, curatorDelivery: value })}
        >
          <Radio value="email">En e-post for hver</Radio>
          <Radio value="daily">Én oppsummering om morgenen</Radio>
        </RadioGroup>
      )}
      <VStack gap="space-8">
        <Heading level="3" size="small">
          Det du følger
        </Heading>
        {draft.follows.length === 0 ? (
          <BodyShort>Du følger ingen metoder eller målgrupper ennå.</BodyShort>
        ) : (
          <ul className="utp-notice-follows">
            {draft.follows.map((f) => (
              <li key={`${f.kind}:${f.id}`}>
                <HStack gap="space-8" align="center">
                  <BodyShort>
                    {f.kind === "method" ? "Metode" : "Målgruppe"}: {followName(f, methods)} (
                    {f.delivery === "email" ? "e-post for hver nye" : "ukentlig oppsummering"})
                  </BodyShort>
                  <Button type="button" size="xsmall" variant="tertiary" onClick={() => void save({ ...draft, follows: draft.follows.filter((x) => x !== f) })}>
                    Slutt å følge<span className="aksel-sr-only"> {followName(f, methods)}</span>
                  </Button>
                </HStack>
              </li>
            ))}
          </ul>
        )}
        <HStack gap="space-16" align="end" wrap>
          <Select
            label="Følg"
            size="small"
            value={addKind}
            onChange={(e) => {
              setAddKind(e.target.value as Follow["kind"]);
              setAddId("");
            }}
          >
            <option value="method">en metode</option>
            <option value="target-group">en målgruppe</option>
          </Select>
          <Select label={addKind === "method" ? "Metode" : "Målgruppe"} size="small" value={addId} onChange={(e) => setAddId(e.target.value)}>
            <option value="">Velg</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
          <Select label="Hvor ofte" size="small" value={addDelivery} onChange={(e) => setAddDelivery(e.target.value as Follow["delivery"])}>
            <option value="email">E-post for hver nye utprøving</option>
            <option value="weekly">Ukentlig oppsummering</option>
          </Select>
          <Button type="button" size="small" variant="secondary" onClick={follow}>
            Følg
          </Button>
        </HStack>
      </VStack>
      <div aria-live="polite">
        {status && (
          <Alert variant={status.kind} size="small">
            {status.text}
          </Alert>
        )}
      </div>
    </VStack>
  );
}

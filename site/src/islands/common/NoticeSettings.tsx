import { Alert, BodyShort, Button, Checkbox, Heading, HStack, Label, Radio, RadioGroup, Select, VStack } from "@navikt/ds-react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type * as z from "zod";
import { TARGET_GROUPS } from "../../../../shared/domain/taxonomy.ts";
import type { Follow, NoticePreferences } from "../../../../shared/domain/notices/preferences.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { followFormSchema } from "./follow-form.ts";
import { api, ApiError, type ResponseBody } from "../../lib/api-client.ts";

type Saved = ResponseBody<"GET /api/notices/preferences">;
type MethodItem = Pick<ResponseBody<"GET /api/methods">["items"][number], "id" | "name">;

const followName = (follow: Follow, methods: readonly MethodItem[]) =>
  follow.kind === "method"
    ? (methods.find((m) => m.id === follow.id)?.name ?? follow.id)
    : (TARGET_GROUPS.find((g) => g.code === follow.id)?.label ?? follow.id);

type FollowForm = z.input<ReturnType<typeof followFormSchema>>;

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
  // The follow form checks against the list as it is at the moment of the check.
  const follows = useRef<readonly Follow[]>([]);
  follows.current = draft?.follows ?? [];
  const followForm = useForm<FollowForm, unknown, Follow>({
    defaultValues: { kind: "method", id: "", delivery: "email" },
    resolver: ((values, context, options) => zodResolver(followFormSchema(follows.current))(values, context, options)) as Resolver<FollowForm, unknown, Follow>,
  });
  const followErrors = followForm.formState.errors;
  const addKind = followForm.watch("kind");

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

  /** Saves the settings; a refusal `atField` puts on a field is not repeated below. */
  const save = async (next: NoticePreferences, atField?: (error: unknown) => boolean) => {
    try {
      const res = await api.call("PUT /api/notices/preferences", { body: next, ifMatch: saved.version });
      setSaved(res.body);
      setDraft(next);
      setStatus({ kind: "success", text: "Varselinnstillingene er lagret." });
    } catch (error) {
      if (atField?.(error)) return setStatus(undefined);
      const text =
        error instanceof ApiError && error.status === 412
          ? "Innstillingene er endret et annet sted. Last siden på nytt og prøv igjen."
          : problemText(error, "Kunne ikke lagre.");
      setStatus({ kind: "error", text });
    }
  };

  const options = addKind === "method" ? methods.map((m) => ({ value: m.id, label: m.name })) : TARGET_GROUPS.map((g) => ({ value: g.code, label: g.label }));
  const follow = followForm.handleSubmit(async (added) => {
    followForm.setValue("id", "");
    // The API names the new follow by its place in the list; the form has one of each field.
    const at = `follows.${draft.follows.length}`;
    await save({ ...draft, follows: [...draft.follows, added] }, (error) =>
      applyProblem(error, followForm.setError, { [`${at}.kind`]: "kind", [`${at}.id`]: "id", [`${at}.delivery`]: "delivery" }),
    );
  });

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
        <HStack as="form" gap="space-16" align="start" wrap noValidate onSubmit={(e) => void follow(e)}>
          <Select
            label="Følg"
            size="small"
            {...followForm.register("kind", {
              // Another kind has other choices: the one made no longer holds.
              onChange: () => {
                followForm.setValue("id", "");
                followForm.clearErrors("id");
              },
            })}
            error={followErrors.kind?.message}
          >
            <option value="method">en metode</option>
            <option value="target-group">en målgruppe</option>
          </Select>
          <Select label={addKind === "method" ? "Metode" : "Målgruppe"} size="small" {...followForm.register("id")} error={followErrors.id?.message}>
            <option value="">Velg</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
          <Select label="Hvor ofte" size="small" {...followForm.register("delivery")} error={followErrors.delivery?.message}>
            <option value="email">E-post for hver nye utprøving</option>
            <option value="weekly">Ukentlig oppsummering</option>
          </Select>
          {/* A label's room above the button keeps it level with the lists, whatever message one of them shows. */}
          <VStack gap="space-8">
            <Label as="span" size="small" aria-hidden>
              {"\u00a0"}
            </Label>
            <Button type="submit" size="small" variant="secondary">
              Følg
            </Button>
          </VStack>
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

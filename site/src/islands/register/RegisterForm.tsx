import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, BodyLong, BodyShort, Button, ErrorSummary, FormProgress, Heading, HStack, Label, VStack } from "@navikt/ds-react";
import { ArrowLeftIcon, ArrowRightIcon, PaperplaneIcon } from "@navikt/aksel-icons";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type Resolver } from "react-hook-form";
import type * as z from "zod";
import type { Pilot, PilotContentInput } from "../../../../shared/domain/pilot.ts";
import { toContent, toFormValues, type FormValues } from "../../../../shared/domain/forms/form-values.ts";
import { derivedValue } from "../../../../shared/domain/forms/format.ts";
import { fieldId, isDerived, isField, isList, STEPS, stepPaths, SUMMARY_STEP } from "../../../../shared/domain/forms/pilot-form.ts";
import { plausibilityWarnings } from "../../../../shared/domain/forms/plausibility.ts";
import { completedSteps, shownItems } from "../../../../shared/domain/forms/step-state.ts";
import { SubmitCheckSchema } from "../../../../shared/domain/forms/submit-check.ts";
import { onBeforeLogin } from "../../app/auth.ts";
import { applyProblem } from "../../app/form-problems.ts";
import { client } from "../../lib/api-client.ts";
import { DraftSync, type SaveStatus } from "../../app/form/draft-sync.ts";
import { statusText } from "./save-status.ts";
import { ChangeRequestPanel, ResubmitAnswer, useResubmitAnswer } from "./ChangeRequest.tsx";
import { ConflictPanel, flattenContent } from "./ConflictPanel.tsx";
import { FieldControl, type Choices } from "./FieldControl.tsx";
import { flattenErrors, focusField } from "./form-errors.ts";
import { ListControl } from "./ListControl.tsx";
import { PlannedDesign } from "./PlannedDesign.tsx";
import { readExpectedShares } from "../common/DesignAdvice.tsx";
import { Receipt } from "./Receipt.tsx";
import { SimilarTrials } from "./SimilarTrials.tsx";
import { SummaryStep } from "./SummaryStep.tsx";
import { DRAFT_KEY, PENDING_KEY } from "./storage-keys.ts";

const TOTAL = STEPS.length + 1;

export interface RegisterFormProps {
  readonly office: string;
  readonly pilot: Pilot | undefined;
  readonly initial: PilotContentInput;
  readonly initialStep: number;
  readonly idempotencyKey: string | undefined;
  readonly choices: Choices;
  readonly notices: readonly { variant: "info" | "warning"; heading?: string; text: string }[];
  /** Start saving at once (restored or copied content). */
  readonly startDirty: boolean;
  readonly isCopy: boolean;
}

export function RegisterForm(props: RegisterFormProps) {
  const methods = useForm<FormValues>({
    defaultValues: toFormValues(props.initial),
    resolver: zodResolver(SubmitCheckSchema as unknown as z.ZodType<FormValues, FormValues>) as unknown as Resolver<FormValues>,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  const { watch, trigger, handleSubmit, setError, clearErrors, reset, getValues, formState } = methods;
  const [step, setStep] = useState(props.initialStep);
  const [status, setStatus] = useState<SaveStatus>({ kind: "idle" });
  const [pilot, setPilot] = useState<Pilot | undefined>(props.pilot);
  const [summaryShown, setSummaryShown] = useState(false);
  const [submitted, setSubmitted] = useState<Pilot | undefined>();
  const [submitError, setSubmitError] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [conflict, setConflict] = useState<{ mine: Record<string, unknown> } | undefined>();
  const [yours, setYours] = useState<[string, string][] | undefined>();
  const [pendingFocus, setPendingFocus] = useState<string | undefined>();
  const [visited, setVisited] = useState<ReadonlySet<number>>(() => new Set());
  const answerForm = useResubmitAnswer();
  const summaryRef = useRef<HTMLDivElement>(null);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);
  const draftErrorPaths = useRef<Set<string>>(new Set());
  const resetting = useRef(false);

  const syncRef = useRef<DraftSync | undefined>(undefined);
  if (!syncRef.current) {
    syncRef.current = new DraftSync({
      api: { create: client.createPilot, update: client.updatePilot },
      storage: localStorage,
      pilot: props.pilot,
      ...(props.idempotencyKey ? { idempotencyKey: props.idempotencyKey } : {}),
      onStatus: (s) => {
        setStatus(s);
        if (s.kind === "conflict") setConflict({ mine: toContent(getValues()) });
        if (s.kind === "invalid") {
          for (const path of draftErrorPaths.current) if (!s.issues.some((i) => i.path === path)) clearErrors(path);
          draftErrorPaths.current = new Set(s.issues.filter((i) => i.path !== "title" || !s.needsTitle).map((i) => i.path));
          for (const issue of s.issues) if (issue.path !== "title" || !s.needsTitle) setError(issue.path, { type: "draft", message: issue.message });
        } else if (s.kind === "saving") {
          for (const path of draftErrorPaths.current) clearErrors(path);
          draftErrorPaths.current.clear();
        }
      },
      onRejected: (issues) => issues.forEach((i) => setError(i.path, { type: "server", message: i.message })),
      onSaved: (saved) => {
        setPilot(saved);
        const url = new URL(location.href);
        url.searchParams.delete("kopi");
        url.searchParams.set("id", saved.id);
        history.replaceState(null, "", url.pathname + url.search);
        localStorage.setItem(DRAFT_KEY(props.office), JSON.stringify({ id: saved.id, title: saved.content.title }));
      },
    });
  }
  const sync = syncRef.current;

  // Every change goes to the draft sync: a local copy now, a save after a pause.
  useEffect(() => {
    const subscription = watch((values) => {
      if (resetting.current) return;
      sync.edit(toContent(values as FormValues) as PilotContentInput);
    });
    if (props.startDirty) sync.edit(toContent(getValues()) as PilotContentInput);
    return () => subscription.unsubscribe();
  }, [watch, sync, getValues, props.startDirty]);

  useEffect(() => {
    onBeforeLogin(() => {
      sessionStorage.setItem(
        PENDING_KEY,
        JSON.stringify({ id: sync.pilot?.id ?? null, content: toContent(getValues()), step, idempotencyKey: sync.idempotencyKey }),
      );
    });
    const leave = (event: BeforeUnloadEvent) => {
      if (sync.hasUnsaved) event.preventDefault();
    };
    window.addEventListener("beforeunload", leave);
    return () => window.removeEventListener("beforeunload", leave);
  }, [sync, getValues, step]);

  const goTo = useCallback(
    async (index: number, options: { focusHeading?: boolean } = {}) => {
      const next = Math.max(0, Math.min(TOTAL - 1, index));
      const leaving = STEPS[step];
      // Leaving a step shows that step's problems, without holding the user back.
      if (leaving && next !== step) {
        void trigger(stepPaths(leaving));
        setVisited((v) => new Set([...v, step]));
      }
      if (next === STEPS.length) {
        void trigger();
        setSummaryShown(true);
      }
      setStep(next);
      const url = new URL(location.href);
      url.searchParams.set("steg", STEPS[next]?.key ?? SUMMARY_STEP.key);
      history.replaceState(null, "", url.pathname + url.search);
      void sync.flush();
      if (options.focusHeading !== false) setPendingFocus(`heading-${next}`);
    },
    [step, trigger, sync],
  );

  useEffect(() => {
    if (!pendingFocus) return;
    if (pendingFocus.startsWith("heading-")) headingRefs.current[Number(pendingFocus.slice(8))]?.focus();
    else if (pendingFocus === "summary") summaryRef.current?.focus();
    else focusField(pendingFocus);
    setPendingFocus(undefined);
  }, [pendingFocus, step]);

  const values = watch();
  const content = useMemo(() => toContent(values), [values]);
  const warnings = useMemo(() => plausibilityWarnings(content, new Date().toISOString().slice(0, 10)), [content]);
  const errors = flattenErrors(formState.errors);
  const expectedShares = useMemo(readExpectedShares, []);

  const completed = useMemo(() => completedSteps(values, content, visited), [values, content, visited]);
  const changesRequested = pilot?.state === "changes_requested" && Boolean(pilot.reviewComment);
  // An answer to the curator changes the trial's version: the draft continues from it.
  const replied = (saved: Pilot) => {
    sync.replace(saved);
    setPilot(saved);
  };

  const jumpTo = (path: string, stepIndex: number) => {
    setVisited((v) => new Set([...v, step]));
    setStep(stepIndex);
    setPendingFocus(fieldId(path));
  };

  const submit = handleSubmit(
    async () => {
      setSubmitError(undefined);
      // The answer to the curator is checked by its own form; an empty one is no answer.
      let answer: { message?: string | undefined } | undefined = changesRequested ? undefined : {};
      if (changesRequested) {
        await answerForm.handleSubmit(
          (checked) => void (answer = checked),
          () => setPendingFocus("f-resubmit-answer"),
        )();
      }
      if (!answer) return;
      setSubmitting(true);
      let replying = false;
      try {
        sync.edit(toContent(getValues()) as PilotContentInput);
        await sync.flush();
        let current = sync.pilot;
        if (!current || sync.inConflict || sync.hasUnsaved) {
          setSubmitError("Utprøvingen kunne ikke lagres. Se meldingen øverst i skjemaet.");
          return;
        }
        // The answer to the curator goes first, into the trial's history; the submit follows on its version.
        if (answer.message) {
          replying = true;
          current = await client.replyToCurator(current.id, current.version, answer.message);
          replying = false;
          sync.replace(current);
          answerForm.reset();
        }
        const done = await client.submitPilot(current.id, current.version);
        sync.stop();
        sync.forgetLocalCopy();
        localStorage.removeItem(DRAFT_KEY(props.office));
        setSubmitted(done);
      } catch (error) {
        if (replying && applyProblem(error, answerForm.setError, ["message"])) setPendingFocus("f-resubmit-answer");
        else if (!replying && applyProblem(error, setError)) {
          setSummaryShown(true);
          setPendingFocus("summary");
        } else setSubmitError(error instanceof Error ? error.message : "Innsendingen feilet.");
      } finally {
        setSubmitting(false);
      }
    },
    () => {
      setSummaryShown(true);
      setPendingFocus("summary");
    },
  );

  const loadNewest = async () => {
    const current = sync.pilot;
    if (!current || !conflict) return;
    const newest = await client.getOwnPilot(current.id);
    const theirs = flattenContent(newest.content);
    const differences = [...flattenContent(conflict.mine)].filter(([path, value]) => theirs.get(path) !== value);
    resetting.current = true;
    reset(toFormValues(newest.content));
    resetting.current = false;
    sync.resolve(newest);
    setPilot(newest);
    setConflict(undefined);
    setYours(differences);
  };

  if (submitted) return <Receipt pilot={submitted} />;

  const title = props.pilot ? `Rediger «${props.pilot.content.title}»` : "Registrer en utprøving";
  const onSummary = step === STEPS.length;

  return (
    <FormProvider {...methods}>
      <VStack gap="space-24" className="utp-register">
        <Heading level="1" size="xlarge">
          {title}
        </Heading>
        {props.notices.map((n, i) => (
          <Alert key={i} variant={n.variant}>
            {n.heading ? (
              <Heading level="2" size="xsmall" spacing>
                {n.heading}
              </Heading>
            ) : null}
            <BodyLong className="utp-pre">{n.text}</BodyLong>
          </Alert>
        ))}
        {changesRequested && pilot ? <ChangeRequestPanel pilot={pilot} onReplied={replied} /> : null}
        {conflict ? (
          <Alert variant="warning" role="alert">
            <Heading level="2" size="xsmall" spacing>
              Noen andre har lagret utprøvingen mens du skrev
            </Heading>
            <BodyLong spacing>
              Endringene dine er ikke lagret, men de er ikke borte. Hent den nyeste versjonen: det du har skrevet, vises ved siden av skjemaet, så du kan legge
              det inn igjen.
            </BodyLong>
            <Button type="button" onClick={() => void loadNewest()}>
              Hent nyeste versjon
            </Button>
          </Alert>
        ) : null}
        <nav aria-label="Steg i skjemaet">
          <FormProgress totalSteps={TOTAL} activeStep={step + 1} onStepChange={(s) => void goTo(s - 1)} interactiveSteps>
            {[...STEPS, SUMMARY_STEP].map((s, i) => (
              <FormProgress.Step key={s.key} as="button" type="button" completed={completed[i] ?? false}>
                {s.title}
              </FormProgress.Step>
            ))}
          </FormProgress>
        </nav>
        <BodyShort id="utp-save-status" role="status" aria-live="polite" size="small" className="utp-save-status">
          {statusText(status, pilot)}
        </BodyShort>
        <div className="utp-form-layout">
          <form id="utp-form" noValidate onSubmit={(e) => void submit(e)}>
            {STEPS.map((s, i) => (
              <section key={s.key} hidden={i !== step} aria-labelledby={`steg-${s.key}`} data-step={s.key}>
                <VStack gap="space-24">
                  <Heading level="2" size="large" id={`steg-${s.key}`} tabIndex={-1} ref={(el) => void (headingRefs.current[i] = el)}>
                    {`${i + 1}. ${s.title}`}
                  </Heading>
                  {shownItems(s, content).map((item, j) =>
                    isField(item) ? (
                      <Fragment key={item.name}>
                        <FieldControl def={item} path={item.name} choices={props.choices} warnings={warnings} />
                        {/* Similar trials appear right under the title, in sight while it is typed. */}
                        {item.name === "title" && s.key === "om" && !props.isCopy && !content.replicatesPilotId && (!pilot || pilot.state === "draft") ? (
                          <SimilarTrials
                            title={String(content.title ?? "")}
                            summary={String(content.summary ?? "")}
                            onUse={(start) => {
                              const merged = {
                                ...toContent(getValues()),
                                ...start,
                                title: content.title,
                                ...(content.summary ? { summary: content.summary } : {}),
                              };
                              reset(toFormValues(merged), { keepErrors: true });
                              sync.edit(toContent(getValues()) as PilotContentInput);
                            }}
                          />
                        ) : null}
                      </Fragment>
                    ) : isList(item) ? (
                      <ListControl
                        key={item.name}
                        def={item}
                        choices={props.choices}
                        warnings={warnings}
                        rowExtra={
                          item.name === "plannedOutcomes" ? (index) => <PlannedDesign index={index} content={content} defaults={expectedShares} /> : undefined
                        }
                      />
                    ) : isDerived(item) ? (
                      <div key={item.name} className="utp-field">
                        <Label as="p">{item.label}</Label>
                        <BodyShort size="small" textColor="subtle">
                          {item.description}
                        </BodyShort>
                        <BodyShort aria-live="polite" data-derived={item.name}>
                          {derivedValue(item.name, content as Parameters<typeof derivedValue>[1]) || "Fyll ut kostnad og antall deltakere"}
                        </BodyShort>
                      </div>
                    ) : item.kind === "heading" ? (
                      <Heading key={j} level="3" size="medium">
                        {item.text}
                      </Heading>
                    ) : (
                      <BodyLong key={j} className="utp-intro">
                        {item.text}
                      </BodyLong>
                    ),
                  )}
                  {content.replicatesPilotId && s.key === "om" ? (
                    <Alert variant="info" size="small">
                      Utprøvingen er registrert som en kopi av en annen utprøving i banken. Metoden, målgruppene, oppskriften og de planlagte resultatmålene er
                      hentet derfra.
                    </Alert>
                  ) : null}
                  <HStack gap="space-16" className="utp-step-nav">
                    {i > 0 ? (
                      <Button type="button" variant="secondary" icon={<ArrowLeftIcon aria-hidden />} onClick={() => void goTo(i - 1)}>
                        Forrige steg
                      </Button>
                    ) : null}
                    <Button type="button" variant="primary" icon={<ArrowRightIcon aria-hidden />} iconPosition="right" onClick={() => void goTo(i + 1)}>
                      {`Neste: ${[...STEPS, SUMMARY_STEP][i + 1]?.title ?? ""}`}
                    </Button>
                  </HStack>
                </VStack>
              </section>
            ))}
            <section hidden={!onSummary} aria-labelledby="steg-oppsummering">
              <VStack gap="space-24">
                <Heading level="2" size="large" id="steg-oppsummering" tabIndex={-1} ref={(el) => void (headingRefs.current[STEPS.length] = el)}>
                  {`${TOTAL}. ${SUMMARY_STEP.title}`}
                </Heading>
                {summaryShown && errors.length > 0 ? (
                  <ErrorSummary
                    ref={summaryRef}
                    id="utp-error-summary"
                    heading={`Du må rette ${errors.length === 1 ? "én ting" : `${errors.length} ting`} før du kan sende inn:`}
                  >
                    {errors.map((e) => (
                      <ErrorSummary.Item
                        key={e.path}
                        href={`#${fieldId(e.path)}`}
                        onClick={(event) => {
                          event.preventDefault();
                          jumpTo(e.path, e.stepIndex);
                        }}
                      >
                        {`${e.label}: ${e.message}`}
                      </ErrorSummary.Item>
                    ))}
                  </ErrorSummary>
                ) : null}
                <SummaryStep content={content} choices={props.choices} onEdit={(i) => void goTo(i)} />
                {changesRequested ? <ResubmitAnswer form={answerForm} /> : null}
                {submitError ? <Alert variant="error">{submitError}</Alert> : null}
                <HStack gap="space-16" className="utp-step-nav">
                  <Button type="button" variant="secondary" icon={<ArrowLeftIcon aria-hidden />} onClick={() => void goTo(STEPS.length - 1)}>
                    Forrige steg
                  </Button>
                  <Button type="submit" variant="primary" loading={submitting} icon={<PaperplaneIcon aria-hidden />} iconPosition="right">
                    Send til vurdering
                  </Button>
                </HStack>
              </VStack>
            </section>
          </form>
          {yours ? (
            <ConflictPanel
              differences={yours}
              onUse={(path, value) => {
                methods.setValue(path, value, { shouldDirty: true });
                sync.edit(toContent(getValues()) as PilotContentInput);
              }}
              onClose={() => setYours(undefined)}
            />
          ) : null}
        </div>
      </VStack>
    </FormProvider>
  );
}

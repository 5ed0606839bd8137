import { Alert, Link, Loader } from "@navikt/ds-react";
import { lazy, Suspense, useEffect, useState } from "react";
import type { Pilot, PilotContentInput } from "../../../../shared/domain/pilot.ts";
import { STEPS, SUMMARY_STEP } from "../../../../shared/domain/forms/pilot-form.ts";
import { replicationStart } from "../../../../shared/domain/forms/replication.ts";
import type { CurrentUser } from "../../app/auth.ts";
import { client } from "../../lib/api-client.ts";
import { DraftSync } from "../../app/form/draft-sync.ts";
import { Fatal, RequireUser } from "../common/session.tsx";
import type { Choices } from "./FieldControl.tsx";
import type * as FormModule from "./RegisterForm.tsx";
import type { RegisterFormProps } from "./RegisterForm.tsx";
import { DRAFT_KEY, PENDING_KEY } from "./storage-keys.ts";

// The form (date picker, react-hook-form, the schemas) is its own chunk: it starts loading together with the
// form's data, so the page's first script stays small.
let formModule: Promise<typeof FormModule> | undefined;
const loadForm = () => (formModule ??= import("./RegisterForm.tsx"));
const RegisterForm = lazy(() => loadForm().then((m) => ({ default: m.RegisterForm })));

/** The contact person, when none is given yet: the one who is logged in (still editable). */
export function withContactFromLogin(content: PilotContentInput, user: CurrentUser): PilotContentInput {
  const contact = content.contact;
  if (contact?.name || contact?.email) return content;
  const name = user.name && user.name !== user.email ? user.name : undefined;
  if (!name && !user.email) return content;
  return { ...content, contact: { ...contact, ...(name ? { name } : {}), ...(user.email ? { email: user.email } : {}) } } as PilotContentInput;
}

/** `/registrer/`: loads what the form needs (the draft, a trial to copy, offices, methods), then the form. */
async function prepare(user: CurrentUser): Promise<RegisterFormProps & { draftOffer?: { id: string; title: string } }> {
  void loadForm();
  const office = user.office ?? "";
  const params = new URLSearchParams(location.search);
  const id = params.get("id");
  const copyOf = params.get("kopi");
  const [methods, offices] = await Promise.all([client.methods().catch(() => []), client.offices().catch(() => [])]);
  const choices: Choices = {
    methods: methods.map((m) => ({ id: m.id, name: m.name })).sort((a, b) => a.name.localeCompare(b.name, "nb")),
    offices: offices
      .filter((o) => o.id !== office)
      .map((o) => ({ id: o.id, name: o.name }))
      .sort((a, b) => a.name.localeCompare(b.name, "nb")),
  };
  const notices: RegisterFormProps["notices"][number][] = [];
  let pilot: Pilot | undefined;
  let initial: PilotContentInput = {} as PilotContentInput;
  let startDirty = false;
  if (id) {
    pilot = await client.getOwnPilot(id);
    initial = pilot.content;
  } else if (copyOf) {
    const original = await client.getPilot(copyOf);
    initial = replicationStart(original) as PilotContentInput;
    startDirty = false;
    notices.push({
      variant: "info",
      text: `Du starter en ny utprøving for ditt kontor etter «${"content" in original ? original.content.title : original.title}». Metoden, målgruppene, tiltakstypene, oppskriften og de planlagte resultatmålene er fylt ut; endre det som er annerledes hos dere. Resultatene kopieres ikke.`,
    });
  }
  // What was typed and not saved last time (kept in this browser, never text the privacy guard refused).
  const unsaved = new DraftSync({ api: { create: client.createPilot, update: client.updatePilot }, storage: localStorage, pilot }).restoreUnsaved();
  if (unsaved && (pilot || !copyOf)) {
    initial = unsaved;
    startDirty = true;
    notices.push({ variant: "info", text: "Det du skrev sist, var ikke lagret ennå. Det er hentet tilbake og lagres nå." });
  }
  initial = withContactFromLogin(initial, user);
  let initialStep = Math.max(
    0,
    [...STEPS, SUMMARY_STEP].findIndex((s) => s.key === params.get("steg")),
  );
  let idempotencyKey: string | undefined;
  const pendingRaw = sessionStorage.getItem(PENDING_KEY);
  if (pendingRaw) {
    sessionStorage.removeItem(PENDING_KEY);
    const pending = JSON.parse(pendingRaw) as { id: string | null; content: PilotContentInput; step: number; idempotencyKey: string };
    if ((pending.id ?? null) === (pilot?.id ?? id ?? null)) {
      initial = pending.content;
      initialStep = pending.step;
      idempotencyKey = pending.idempotencyKey;
      startDirty = true;
      // One notice is enough: this copy replaces the local one.
      const local = notices.findIndex((n) => n.text.startsWith("Det du skrev sist"));
      if (local >= 0) notices.splice(local, 1);
      notices.push({ variant: "info", text: "Du ble logget inn på nytt. Det du hadde skrevet, er hentet tilbake." });
    }
  }
  let draftOffer: { id: string; title: string } | undefined;
  if (!id && !copyOf && !params.has("ny")) {
    try {
      const saved = localStorage.getItem(DRAFT_KEY(office));
      if (saved) draftOffer = JSON.parse(saved) as { id: string; title: string };
    } catch {
      localStorage.removeItem(DRAFT_KEY(office));
    }
  }
  return {
    office,
    pilot,
    initial,
    initialStep,
    idempotencyKey,
    choices,
    notices,
    startDirty: startDirty || Boolean(copyOf),
    isCopy: Boolean(copyOf),
    ...(draftOffer ? { draftOffer } : {}),
  };
}

function Register({ user }: { user: CurrentUser }) {
  const [props, setProps] = useState<Awaited<ReturnType<typeof prepare>> | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    prepare(user).then(setProps, setError);
  }, [user]);
  if (error) return <Fatal error={error} />;
  if (!props) return <Loader title="Henter skjemaet …" />;
  return (
    <>
      {props.draftOffer ? (
        <Alert variant="info">
          Du har et utkast som ikke er sendt inn:{" "}
          <Link href={`/registrer/?id=${encodeURIComponent(props.draftOffer.id)}`}>{`Fortsett med «${props.draftOffer.title}»`}</Link>
        </Alert>
      ) : null}
      <Suspense fallback={<Loader title="Henter skjemaet …" />}>
        <RegisterForm {...props} />
      </Suspense>
    </>
  );
}

export function RegisterPage() {
  return (
    <RequireUser
      role="kontor"
      refusal="Bare ansatte ved et NAV-kontor kan registrere utprøvinger."
      loginReason={
        new URLSearchParams(location.search).has("kopi")
          ? "Logg inn med NAV-kontoret ditt først, så blir kopien registrert som kontorets egen utprøving."
          : undefined
      }
    >
      {(user) => <Register user={user} />}
    </RequireUser>
  );
}

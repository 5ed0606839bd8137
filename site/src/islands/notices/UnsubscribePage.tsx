import { Alert, BodyLong, Button, Heading, Link, VStack } from "@navikt/ds-react";
import { useState } from "react";
import { UnsubscribeBodySchema } from "../../../../shared/domain/notices/preferences.ts";
import { anonymous, ApiError } from "../../lib/api-client.ts";

type State = { kind: "ready" } | { kind: "sending" } | { kind: "done" } | { kind: "error"; text: string };

/**
 * The unsubscribe link's page: no login, one button. The token in the link says whose notices it is; a click
 * (not just opening the link, which mail scanners do) turns the optional notices off.
 */
export function UnsubscribePage({ token }: { readonly token: string }) {
  const [state, setState] = useState<State>(
    UnsubscribeBodySchema.safeParse({ token }).success ? { kind: "ready" } : { kind: "error", text: "Lenken er ufullstendig. Bruk hele lenken fra e-posten." },
  );
  const send = async () => {
    setState({ kind: "sending" });
    try {
      await anonymous.call("POST /api/notices/unsubscribe", { body: { token } });
      setState({ kind: "done" });
    } catch (error) {
      const text =
        error instanceof ApiError
          ? (error.problem.detail ?? `Det gikk ikke (${error.status}). Prøv igjen.`)
          : "Fikk ikke kontakt med tjenesten. Prøv igjen om litt.";
      setState({ kind: "error", text });
    }
  };
  return (
    <VStack gap="space-16">
      <Heading level="1" size="xlarge">
        Meld deg av varsler
      </Heading>
      <BodyLong>
        Du slutter å få e-post når utprøvinger blir vurdert, publisert eller trukket tilbake, og om nye utprøvinger av metoder og målgrupper du følger.
        Påminnelser om resultater som mangler, får du fortsatt.
      </BodyLong>
      {state.kind === "done" ? (
        <Alert variant="success" role="status">
          Du er meldt av. Du kan slå varslene på igjen under <Link href="/mine/#varsler">Mine utprøvinger</Link>.
        </Alert>
      ) : (
        <div>
          <Button
            type="button"
            onClick={() => void send()}
            loading={state.kind === "sending"}
            disabled={state.kind === "error" && !UnsubscribeBodySchema.safeParse({ token }).success}
          >
            Meld meg av
          </Button>
        </div>
      )}
      {state.kind === "error" && <Alert variant="error">{state.text}</Alert>}
    </VStack>
  );
}

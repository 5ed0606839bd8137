import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, BodyLong, Button, Heading, Link, VStack } from "@navikt/ds-react";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod";
import { UnsubscribeBodySchema } from "../../../../shared/domain/notices/preferences.ts";
import { anonymous, ApiError } from "../../lib/api-client.ts";

type State = { kind: "ready" } | { kind: "done" } | { kind: "error"; text: string };

const BAD_LINK = "Lenken er ufullstendig. Bruk hele lenken fra e-posten.";

/**
 * The unsubscribe link's page: no login, one button. The token in the link says whose notices it is; a click
 * (not just opening the link, which mail scanners do) turns the optional notices off. The token is the form's
 * one value, checked by the route's body schema as the page opens.
 */
export function UnsubscribePage({ token }: { readonly token: string }) {
  const [state, setState] = useState<State>({ kind: "ready" });
  const { handleSubmit, trigger, formState } = useForm<z.input<typeof UnsubscribeBodySchema>, unknown, z.output<typeof UnsubscribeBodySchema>>({
    defaultValues: { token },
    resolver: zodResolver(UnsubscribeBodySchema),
  });
  useEffect(() => {
    void trigger();
  }, [trigger]);
  const badLink = Boolean(formState.errors.token);
  const send = handleSubmit(async (body) => {
    try {
      await anonymous.call("POST /api/notices/unsubscribe", { body });
      setState({ kind: "done" });
    } catch (error) {
      const text =
        error instanceof ApiError
          ? (error.problem.detail ?? `Det gikk ikke (${error.status}). Prøv igjen.`)
          : "Fikk ikke kontakt med tjenesten. Prøv igjen om litt.";
      setState({ kind: "error", text });
    }
  });
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
        <form noValidate onSubmit={(e) => void send(e)}>
          <Button type="submit" loading={formState.isSubmitting} disabled={badLink}>
            Meld meg av
          </Button>
        </form>
      )}
      {badLink ? <Alert variant="error">{BAD_LINK}</Alert> : state.kind === "error" ? <Alert variant="error">{state.text}</Alert> : null}
    </VStack>
  );
}

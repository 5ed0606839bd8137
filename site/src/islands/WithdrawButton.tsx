import { BodyLong, Button, Modal, Textarea, VStack } from "@navikt/ds-react";
import { useRef, useState } from "react";
import type { Pilot } from "../../../shared/domain/pilot.ts";
import { WithdrawBodySchema } from "../../../shared/domain/review.ts";
import { client } from "../lib/api-client.ts";

function problemText(error: unknown): string {
  return error instanceof Error ? error.message : "Noe gikk galt.";
}

/** Withdraw, as a danger button behind a confirmation (Modal) that asks why. */
export function WithdrawButton({
  pilot,
  onDone,
  label = "Trekk tilbake",
  size = "medium",
}: {
  pilot: Pilot;
  onDone: (message: string) => void;
  label?: string;
  size?: "medium" | "small";
}) {
  const modal = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    const parsed = WithdrawBodySchema.safeParse({ reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? "Skriv hvorfor");
    setBusy(true);
    try {
      await client.withdrawPilot(pilot.id, pilot.version, parsed.data.reason);
      modal.current?.close();
      onDone("Utprøvingen er trukket tilbake. Historikken er beholdt.");
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button type="button" variant="danger" size={size} onClick={() => modal.current?.showModal()}>
        {label}
      </Button>
      <Modal ref={modal} header={{ heading: "Vil du trekke tilbake utprøvingen?" }} width="medium" onClose={() => setError(undefined)}>
        <Modal.Body>
          <VStack gap="space-16">
            <BodyLong>{`«${pilot.content.title}» tas bort fra nettstedet og søket. Den slettes aldri: historikken beholdes, og kontoret ser begrunnelsen.`}</BodyLong>
            <Textarea label="Hvorfor trekkes utprøvingen tilbake?" value={reason} onChange={(e) => setReason(e.target.value)} error={error} minRows={3} />
          </VStack>
        </Modal.Body>
        <Modal.Footer>
          <Button type="button" variant="danger" loading={busy} onClick={() => void confirm()}>
            Ja, trekk tilbake
          </Button>
          <Button type="button" variant="secondary" onClick={() => modal.current?.close()}>
            Avbryt
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}

import { zodResolver } from "@hookform/resolvers/zod";
import { BodyLong, Button, Modal, Textarea, VStack } from "@navikt/ds-react";
import { useId, useRef } from "react";
import { useForm } from "react-hook-form";
import type * as z from "zod";
import type { Pilot } from "../../../../shared/domain/pilot.ts";
import { WithdrawBodySchema } from "../../../../shared/domain/review.ts";
import { applyProblem, problemText } from "../../app/form-problems.ts";
import { client } from "../../lib/api-client.ts";

type WithdrawForm = z.input<typeof WithdrawBodySchema>;

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
  const formId = useId();
  const { register, handleSubmit, setError, clearErrors, formState } = useForm<WithdrawForm, unknown, z.output<typeof WithdrawBodySchema>>({
    defaultValues: { reason: "" },
    resolver: zodResolver(WithdrawBodySchema),
  });
  const confirm = handleSubmit(async ({ reason }) => {
    try {
      await client.withdrawPilot(pilot.id, pilot.version, reason);
      modal.current?.close();
      onDone("Utprøvingen er trukket tilbake. Historikken er beholdt.");
    } catch (e) {
      if (!applyProblem(e, setError, ["reason"])) setError("reason", { type: "server", message: problemText(e, "Noe gikk galt.") });
    }
  });
  return (
    <>
      <Button type="button" variant="danger" size={size} onClick={() => modal.current?.showModal()}>
        {label}
      </Button>
      <Modal ref={modal} header={{ heading: "Vil du trekke tilbake utprøvingen?" }} width="medium" onClose={() => clearErrors()}>
        <Modal.Body>
          <form id={formId} noValidate onSubmit={(e) => void confirm(e)}>
            <VStack gap="space-16">
              <BodyLong>{`«${pilot.content.title}» tas bort fra nettstedet og søket. Den slettes aldri: historikken beholdes, og kontoret ser begrunnelsen.`}</BodyLong>
              <Textarea label="Hvorfor trekkes utprøvingen tilbake?" {...register("reason")} error={formState.errors.reason?.message} minRows={3} />
            </VStack>
          </form>
        </Modal.Body>
        <Modal.Footer>
          <Button type="submit" form={formId} variant="danger" loading={formState.isSubmitting}>
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

import { BodyLong, Heading, VStack } from "@navikt/ds-react";
import { NoticeSettings } from "../common/NoticeSettings.tsx";
import { RequireUser } from "../common/session.tsx";
import { CuratorNav } from "../common/CuratorNav.tsx";

/** `/kurator/varsler/`: the curator's own notice settings, where the curators' e-mails send them. */
export function CuratorNoticesPage() {
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet. Varslene dine velger du under Mine utprøvinger.">
      {() => (
        <VStack gap="space-24">
          <CuratorNav />
          <Heading level="1" size="xlarge">
            Mine varsler
          </Heading>
          <BodyLong>Velg hvordan du hører om nye innsendinger og forespørsler om ny vurdering, og hvilke metoder og målgrupper du følger.</BodyLong>
          <NoticeSettings role="kurator" />
        </VStack>
      )}
    </RequireUser>
  );
}

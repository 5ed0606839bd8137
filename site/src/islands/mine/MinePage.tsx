import { Alert, BodyLong, Heading, Link, Loader } from "@navikt/ds-react";
import { lazy, Suspense } from "react";
import { RequireUser } from "../common/session.tsx";

// The list (cards, conversation, the schemas) is its own chunk, fetched only for a signed-in office user.
const Mine = lazy(() => import("./MineList.tsx").then((m) => ({ default: m.Mine })));

/** `/mine/`: the office's own trials. */
export function MinePage() {
  return (
    <RequireUser
      role="kontor"
      refusal="Denne siden er for ansatte ved et NAV-kontor."
      otherRole={
        <Alert variant="info">
          <Heading level="1" size="small" spacing>
            Du er logget inn som kurator
          </Heading>
          <BodyLong>
            Mine utprøvinger er for ansatte ved et NAV-kontor. Varslene dine velger du på <Link href="/kurator/varsler/">Mine varsler</Link>, og utprøvingene
            som venter, finner du i <Link href="/kurator/">vurderingskøen</Link>.
          </BodyLong>
        </Alert>
      }
    >
      {(user) => (
        <Suspense fallback={<Loader title="Henter utprøvingene …" />}>
          <Mine user={user} />
        </Suspense>
      )}
    </RequireUser>
  );
}

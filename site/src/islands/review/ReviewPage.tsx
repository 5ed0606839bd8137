import { Loader } from "@navikt/ds-react";
import { lazy, Suspense } from "react";
import { Fatal, RequireUser } from "../common/session.tsx";

// The review (tables, forms, the schemas) is its own chunk, fetched only for a signed-in curator.
const Review = lazy(() => import("./ReviewDetail.tsx").then((m) => ({ default: m.Review })));

/** `/kurator/vurder/?id=`: a curator reviews one submitted trial. */
export function ReviewPage() {
  const id = new URLSearchParams(location.search).get("id") ?? "";
  return (
    <RequireUser role="kurator" refusal="Denne siden er for kuratorer i Arbeids- og velferdsdirektoratet.">
      {() =>
        id ? (
          <Suspense fallback={<Loader title="Henter utprøvingen …" />}>
            <Review id={id} />
          </Suspense>
        ) : (
          <Fatal error={new Error("Mangler hvilken utprøving som skal vurderes.")} />
        )
      }
    </RequireUser>
  );
}

import { Alert, BodyLong, BodyShort, Button, HStack, Loader } from "@navikt/ds-react";
import { useEffect, useState, type ReactNode } from "react";
import { currentUser, login, logout, type CurrentUser } from "../../app/auth.ts";

/** The login bar: who is logged in, for which office, and a logout button. */
export function UserBar({ user }: { user: CurrentUser }) {
  const who = user.role === "kurator" ? "kurator i Arbeids- og velferdsdirektoratet" : (user.officeName ?? user.office);
  return (
    <HStack id="utp-user" className="utp-userbar" gap="space-8" align="center" justify="end">
      <BodyShort as="span">
        Innlogget som <strong>{user.name}</strong>
        {who ? `, ${who}` : ""}
      </BodyShort>
      <Button variant="tertiary" size="small" onClick={() => void logout()}>
        Logg ut
      </Button>
    </HStack>
  );
}

export function Fatal({ error }: { error: unknown }) {
  return (
    <Alert variant="error" role="alert">
      {error instanceof Error ? error.message : "Noe gikk galt."}
    </Alert>
  );
}

/**
 * Renders its children for a logged-in user of the given role; sends anyone else to the login page, or
 * tells a user of the other role that the page is not for them.
 */
export function RequireUser({
  role,
  refusal,
  loginReason,
  otherRole,
  children,
}: {
  role: "kontor" | "kurator";
  refusal: string;
  loginReason?: string | undefined;
  /** Shown instead of the refusal to a user of the other role: where their own page is. */
  otherRole?: ReactNode;
  children: (user: CurrentUser) => ReactNode;
}) {
  const [user] = useState(() => currentUser());
  const [failed, setFailed] = useState<unknown>();
  const start = () => login().catch(setFailed);
  useEffect(() => {
    if (!user && !loginReason) void login().catch(setFailed);
  }, [user, loginReason]);
  if (failed) return <Fatal error={failed} />;
  if (!user && loginReason)
    return (
      <Alert variant="info">
        <BodyLong spacing>{loginReason}</BodyLong>
        <Button type="button" onClick={() => void start()}>
          Logg inn
        </Button>
      </Alert>
    );
  if (!user) return <Loader title="Logger inn …" />;
  return (
    <>
      <UserBar user={user} />
      {user.role === role && (role === "kurator" || user.office) ? (
        children(user)
      ) : user.role !== role && otherRole ? (
        otherRole
      ) : (
        <Fatal error={new Error(refusal)} />
      )}
    </>
  );
}

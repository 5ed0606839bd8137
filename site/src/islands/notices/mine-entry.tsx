import { currentUser, requireToken } from "../../app/auth.ts";
import { mountInto } from "./mount.tsx";
import { NoticeSettings } from "./NoticeSettings.tsx";
import { SentNotices } from "./SentNotices.tsx";

/**
 * Adds the notice settings and the list of sent notices under Mine utprøvinger, in their own section after
 * the page's app, for the signed-in user's role and office.
 */
async function start(): Promise<void> {
  const root = document.getElementById("utp-notices");
  if (!root) return;
  await requireToken();
  const user = currentUser();
  const role = user?.role === "kurator" ? "kurator" : "kontor";
  const office = user?.office;
  mountInto(
    root,
    <div className="utp-notices">
      <NoticeSettings role={role} />
      {office && <SentNotices officeId={office} />}
    </div>,
  );
}

void start();

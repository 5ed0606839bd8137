import { currentUser, requireToken } from "../../app/auth.ts";
import { mount } from "../common/mount.tsx";
import { NoticeSettings } from "../common/NoticeSettings.tsx";
import { SentNotices } from "./SentNotices.tsx";

/**
 * Adds the notice settings and the list of sent notices under Mine utprøvinger, in their own section after
 * the page's app, for the signed-in office user.
 */
async function start(): Promise<void> {
  if (!document.getElementById("utp-notices")) return;
  await requireToken();
  const user = currentUser();
  // Curators have their own notice settings on /kurator/varsler/; Mine utprøvinger points them there.
  if (user?.role === "kurator") return;
  const office = user?.office;
  mount(
    <div className="utp-notices">
      <NoticeSettings role="kontor" />
      {office && <SentNotices officeId={office} />}
    </div>,
    "utp-notices",
  );
}

void start();

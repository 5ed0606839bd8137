import { completeLogin } from "./auth.ts";
import { byId } from "./dom.ts";
import { showFatal } from "./session.ts";

/** `/auth/callback`: trades the code for tokens, then returns to the page the user came from. */
completeLogin()
  .then((returnTo) => location.replace(returnTo))
  .catch((error: unknown) => showFatal(byId("utp-app"), error));

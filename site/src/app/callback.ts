import { completeLogin } from "./auth.ts";

/** `/auth/callback`: trades the code for tokens, then returns to the page the user came from. */
completeLogin()
  .then((returnTo) => location.replace(returnTo))
  .catch(async (error: unknown) => {
    const { showError } = await import("../islands/common/show-error.tsx");
    showError(error);
  });

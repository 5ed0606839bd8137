import { safeReturnPath } from "../lib/return-path.ts";
import { currentUser, login } from "./auth.ts";

/** `/auth/login/?til=<path>`: starts the login and comes back to the page the user was on (a path of this site only). */
const target = safeReturnPath(new URLSearchParams(location.search).get("til"), location.origin);
if (currentUser()) location.replace(target);
else void login(target);

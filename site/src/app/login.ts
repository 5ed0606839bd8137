import { currentUser, login } from "./auth.ts";

/** `/auth/login/?til=<path>`: starts the login and comes back to the page the user was on. */
const wanted = new URLSearchParams(location.search).get("til") ?? "/";
const target = wanted.startsWith("/") && !wanted.startsWith("//") ? wanted : "/";
if (currentUser()) location.replace(target);
else void login(target);

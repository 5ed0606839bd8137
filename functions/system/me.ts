import { me } from "../../shared/contracts/system.ts";
import { httpHandler } from "../lib/http.ts";

export const handler = httpHandler(me, async ({ principal }) => ({
  body: { sub: principal.sub, name: principal.name, email: principal.email, role: principal.role, office: principal.office },
}));

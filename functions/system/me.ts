import { httpHandler, requirePrincipal } from "../lib/http.ts";

export const handler = httpHandler("GET /api/me", {}, async (request) => {
  const me = requirePrincipal(request);
  return { status: 200, body: { sub: me.sub, name: me.name, email: me.email, role: me.role, office: me.office } };
});

import { listOfficeNotices } from "../../shared/contracts/notices.ts";
import { ForbiddenError } from "../../shared/domain/errors.ts";
import { notices } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";

/** What was sent about an office's trials: to its staff, and to curators for its office. */
export const handler = httpHandler(listOfficeNotices, async ({ principal, params, query }) => {
  if (principal.role !== "kurator" && principal.office !== params.id) throw new ForbiddenError("Du kan bare se varsler om ditt eget kontors utprøvinger");
  const page = await notices.sentForOffice(params.id, query.limit ?? 50, query.cursor);
  return { body: { items: page.items.map(({ messageId: _id, ...rest }) => rest), ...(page.cursor ? { cursor: page.cursor } : {}) } };
});

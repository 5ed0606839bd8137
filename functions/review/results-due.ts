import { resultsDue } from "../../shared/contracts/review.ts";
import { resultsDueDate } from "../../shared/domain/results-due.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";
import { daysSince } from "../../shared/domain/days.ts";
import { officeNames } from "../lib/office-names.ts";

/** Trials missing their results, from the results-due index: every office's for curators, one's own for office staff. */
export const handler = httpHandler(resultsDue, async (request) => {
  const actor = request.principal;
  const today = new Date().toISOString().slice(0, 10);
  const officeId = actor.role === "kurator" ? undefined : actor.office;
  // Two independent reads, made at once: the wait is the longer of them, not their sum.
  const [items, names] = await Promise.all([pilots.allResultsDue(today, officeId), officeNames()]);
  return {
    body: {
      items: items.map((p) => {
        const due = resultsDueDate(p) ?? today;
        return {
          id: p.id,
          title: p.content.title,
          officeId: p.officeId,
          officeName: names.get(p.officeId) ?? p.officeId,
          state: p.state,
          trialStatus: p.content.trialStatus,
          periodEnd: p.content.period?.end,
          dueDate: due,
          daysOverdue: daysSince(`${due}T00:00:00Z`),
          contact: p.content.contact,
          version: p.version,
        };
      }),
    },
  };
});

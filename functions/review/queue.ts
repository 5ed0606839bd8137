import { reviewQueue } from "../../shared/contracts/review.ts";
import { pilots } from "../lib/clients.ts";
import { httpHandler } from "../lib/http.ts";
import { daysSince } from "../../shared/domain/days.ts";
import { answerDeadline } from "../../shared/domain/answer-deadline.ts";
import { officeNames } from "../lib/office-names.ts";

export const handler = httpHandler(reviewQueue, async ({ principal }) => {
  const [submitted, reconsiderations, names] = await Promise.all([
    pilots.listByState("submitted", { limit: 200 }),
    pilots.listOpenReconsiderations(),
    officeNames(),
  ]);
  const listed = new Map(submitted.items.map((p) => [p.id, p]));
  // The version each answer is written on top of is the one read here: a write by someone else in between is refused (412).
  const reconsidered = (
    await Promise.all(
      reconsiderations.map(async (r) => {
        const pilot = listed.get(r.pilotId) ?? (await pilots.get(r.pilotId));
        return pilot ? { ...r, title: pilot.content.title, version: pilot.version } : undefined;
      }),
    )
  ).filter((r) => r !== undefined);
  return {
    body: {
      // Oldest first: the trial that has waited longest is the next to take.
      items: [...submitted.items]
        .sort((a, b) => a.stateChangedAt.localeCompare(b.stateChangedAt))
        .map((p) => ({
          id: p.id,
          title: p.content.title,
          officeId: p.officeId,
          officeName: names.get(p.officeId) ?? p.officeId,
          county: p.county,
          submittedAt: p.stateChangedAt,
          ageDays: daysSince(p.stateChangedAt),
          ...answerDeadline(p.stateChangedAt),
          ...(p.assignee ? { assignee: p.assignee } : {}),
          assignedToMe: p.assignee?.sub === principal.sub,
          version: p.version,
          isEditOfPublished: p.publishedVersion !== undefined,
        })),
      reconsiderations: reconsidered.map((r) => ({
        ...r,
        officeName: names.get(r.officeId) ?? r.officeId,
        ageDays: daysSince(r.requestedAt),
      })),
    },
  };
});

import { marshall } from "@aws-sdk/util-dynamodb";
import { describe, expect, it } from "vitest";
import { keys } from "../../shared/adapters/dynamodb/keys.ts";
import { isSiteChange, type StreamChangeRecord } from "../../shared/adapters/stream/changes.ts";
import { isFigureChange, refreshDerivedFigures, staleFigures } from "../../shared/adapters/stream/derived-figures.ts";
import { deliverWithRetries } from "../../infra/local/stream-retries.ts";

/** A stream record as Lambda or DynamoDB Streams gives it: keys and images as attribute maps. */
function record(key: { pk: string; sk: string }, images: { old?: Record<string, unknown>; new?: Record<string, unknown> }, sequence = "1"): StreamChangeRecord {
  return {
    dynamodb: {
      Keys: marshall(key),
      ...(images.old ? { OldImage: marshall({ ...key, ...images.old }, { removeUndefinedValues: true }) } : {}),
      ...(images.new ? { NewImage: marshall({ ...key, ...images.new }, { removeUndefinedValues: true }) } : {}),
      SequenceNumber: sequence,
    },
  };
}

const moved = record(keys.publicPilot("p1"), { old: { data: { id: "p1", methodId: "jobbklubb" } }, new: { data: { id: "p1", methodId: "jobbverksted" } } });
const withdrawn = record(keys.publicPilot("p2"), { old: { data: { id: "p2", methodId: "ips" } }, new: { deleted: true, data: { id: "p2", deleted: true } } });
const trial = record(keys.pilot("p3"), { new: { data: { id: "p3", state: "draft" } } });
const method = record(keys.method("ips"), { new: { data: { id: "ips", recommended: true } } });
const notice = record(keys.notice("p3#submitted", "a@nav.example"), { new: { data: {} } });
const aggregate = record(keys.methodAggregate("ips"), { new: { data: { methodId: "ips" } } });

describe("what a batch of the table's stream makes stale", () => {
  it("names the methods of a public record before and after, and a method's own change", () => {
    expect(staleFigures([moved, withdrawn, method])).toEqual({ methodIds: ["ips", "jobbklubb", "jobbverksted"], statistics: false });
  });

  it("counts the registry again for any change to a trial's working copy, and for nothing else", () => {
    expect(staleFigures([trial])).toEqual({ methodIds: [], statistics: true });
    expect(staleFigures([notice, aggregate])).toEqual({ methodIds: [], statistics: false });
  });

  it("lets through trials, public records and methods only (not its own figures, which would feed back)", () => {
    expect([moved, withdrawn, trial, method, notice, aggregate].map(isFigureChange)).toEqual([true, true, true, true, false, false]);
  });

  it("rebuilds the site for public records, methods and offices, also when an item is removed and only its keys remain", () => {
    const office = record(keys.office("nav-frogner"), { new: { data: { id: "nav-frogner" } } });
    const removed = { dynamodb: { Keys: marshall(keys.publicPilot("p9")), SequenceNumber: "2" } };
    expect([moved, withdrawn, method, office, removed].map(isSiteChange)).toEqual([true, true, true, true, true]);
    expect([trial, notice, aggregate].map(isSiteChange)).toEqual([false, false, false]);
  });

  it("refreshes what is stale, and throws when a refresh fails so the stream retries the batch", async () => {
    const refreshed: string[][] = [];
    let counted = 0;
    const stores = {
      aggregates: { refresh: async (ids: readonly (string | undefined)[]) => void refreshed.push(ids as string[]) },
      statistics: { refresh: async () => void counted++ },
    };
    await refreshDerivedFigures(stores, [moved, trial]);
    expect(refreshed).toEqual([["jobbklubb", "jobbverksted"]]);
    expect(counted).toBe(1);
    const failing = { ...stores, aggregates: { refresh: async () => Promise.reject(new Error("Tabellen svarer ikke")) } };
    await expect(refreshDerivedFigures(failing, [moved])).rejects.toThrow("Tabellen svarer ikke");
  });
});

describe("the local stream's retry policy", () => {
  const policy = { maxRetryAttempts: 2, bisectBatchOnError: true, backoffMs: 1 };

  it("splits a failing batch until the failing record stands alone, retries it and sets it aside", async () => {
    const handled: number[] = [];
    const dead: number[][] = [];
    let attemptsOnPoison = 0;
    await deliverWithRetries(
      [1, 2, 3, 4, 5],
      async (batch) => {
        if (batch.includes(4)) {
          if (batch.length === 1) attemptsOnPoison++;
          throw new Error("Giftig post");
        }
        handled.push(...batch);
      },
      { ...policy, onDeadLetter: ({ records }) => void dead.push([...records]) },
    );
    expect(handled.sort()).toEqual([1, 2, 3, 5]);
    expect(dead).toEqual([[4]]);
    expect(attemptsOnPoison).toBe(1 + policy.maxRetryAttempts);
  });

  it("hands a batch that succeeds on a retry to nobody else", async () => {
    let calls = 0;
    const dead: unknown[] = [];
    await deliverWithRetries(
      ["a"],
      async () => {
        if (++calls < 3) throw new Error("Midlertidig feil");
      },
      { ...policy, onDeadLetter: (failure) => void dead.push(failure) },
    );
    expect(calls).toBe(3);
    expect(dead).toEqual([]);
  });
});

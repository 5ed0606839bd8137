import { MethodAggregateStore } from "../../shared/adapters/dynamodb/method-aggregates.ts";
import { RegistryStatisticsStore } from "../../shared/adapters/dynamodb/statistics-store.ts";
import { QueryCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CatalogRepository } from "../../shared/adapters/dynamodb/catalog-repository.ts";
import { partitions } from "../../shared/adapters/dynamodb/keys.ts";
import { PilotRepository } from "../../shared/adapters/dynamodb/pilot-repository.ts";
import { PilotContentSchema } from "../../shared/domain/pilot.ts";
import type { Principal } from "../../shared/domain/principal.ts";
import { applyPilotAction, type PilotAction } from "../../shared/application/pilot-workflow.ts";
import { SAMPLE_METHODS, SAMPLE_OFFICES, SAMPLE_PILOTS, sampleReviewDays, type SamplePilot } from "./sample-data/index.ts";

const CURATOR: Principal = { sub: "kurator", name: "Kari Kurator", role: "kurator" };

/** Whether the table holds any office yet (one indexed query, no scan). */
export async function isEmpty(db: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  const out = await db.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: "gsi1",
      KeyConditionExpression: "gsi1pk = :pk",
      ExpressionAttributeValues: { ":pk": partitions.offices },
      Limit: 1,
    }),
  );
  return (out.Items ?? []).length === 0;
}

/**
 * Loads the sample offices, methods and trials through the same repository and workflow service the API
 * uses, each trial walked through its states as a real one would be. Returns how many trials it wrote.
 */
export async function seedSampleData(db: DynamoDBDocumentClient, tableName: string): Promise<{ offices: number; methods: number; pilots: number }> {
  const catalog = new CatalogRepository(db, tableName);
  for (const office of SAMPLE_OFFICES) {
    await catalog.putOffice(office.id, { name: office.name, county: office.county, municipality: office.municipality });
  }
  for (const method of SAMPLE_METHODS) await catalog.putMethod(method.id, method.input);

  const idsByKey = new Map<string, string>();
  const counties = new Map(SAMPLE_OFFICES.map((o) => [o.id, o.county]));
  // Originals before their copies, so a copy can point at the trial it replicates.
  const ordered = [...SAMPLE_PILOTS].sort((a, b) => depth(a) - depth(b));
  for (const sample of ordered) {
    const createdAt = new Date(sample.createdAt);
    let tick = 0;
    let waited = 0;
    // Each step a minute later than the one before, so the history reads in order; the curator answers
    // some days after the submission, as review takes.
    const clock = () => new Date(createdAt.getTime() + waited + tick++ * 60_000);
    const pilots = new PilotRepository(db, tableName, clock);
    const replicates = sample.replicatesKey ? idsByKey.get(sample.replicatesKey) : undefined;
    const content = PilotContentSchema.parse({ ...sample.content, ...(replicates ? { replicatesPilotId: replicates } : {}) });
    const actor: Principal = { sub: `kontor-${sample.officeId}`, name: content.contact?.name ?? "Kontoransatt", role: "kontor", office: sample.officeId };
    const county = counties.get(sample.officeId);
    if (!county) throw new Error(`Sample pilot ${sample.key} names unknown office ${sample.officeId}`);
    let pilot = (await pilots.create({ content, officeId: sample.officeId, county, actor: { sub: actor.sub, name: actor.name } })).pilot;
    idsByKey.set(sample.key, pilot.id);
    if (sample.state === "draft") continue;

    const apply = async (by: Principal, action: PilotAction) => {
      pilot = (await applyPilotAction({ pilots, methods: catalog, clock }, { id: pilot.id, expectedVersion: pilot.version, actor: by, action })).pilot;
    };
    await apply(actor, { kind: "submit" });
    waited = sampleReviewDays(sample.key) * 86_400_000;
    if (sample.state === "changes_requested") {
      await apply(CURATOR, { kind: "request_changes", comment: sample.reviewComment ?? "Beskriv resultatmålene tydeligere." });
    } else if (sample.state === "published" || (sample.state === "withdrawn" && sample.evidence)) {
      await apply(CURATOR, { kind: "publish", evidence: sample.evidence ?? { strength: 1, direction: "uavklart" }, methodId: sample.methodId ?? "ukjent" });
    }
    if (sample.state === "withdrawn") {
      await apply(CURATOR, { kind: "withdraw", reason: sample.reviewComment ?? "Trukket tilbake etter ønske fra kontoret." });
    }
  }
  // The figures derived from the sample, computed once here: the stream watcher follows changes from now on.
  await new MethodAggregateStore(db, tableName, new PilotRepository(db, tableName), catalog).refresh(SAMPLE_METHODS.map((m) => m.id));
  await new RegistryStatisticsStore(db, tableName, new PilotRepository(db, tableName)).refresh();
  return { offices: SAMPLE_OFFICES.length, methods: SAMPLE_METHODS.length, pilots: SAMPLE_PILOTS.length };

  function depth(sample: SamplePilot): number {
    let d = 0;
    for (let key = sample.replicatesKey; key && d < 20; d++) key = SAMPLE_PILOTS.find((p) => p.key === key)?.replicatesKey;
    return d;
  }
}

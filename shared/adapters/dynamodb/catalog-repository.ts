import { GetCommand, PutCommand, paginateQuery, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { MethodSchema, type Method, type MethodInput } from "../../domain/method.ts";
import { OfficeSchema, type Office, type OfficeInput } from "../../domain/office.ts";
import { ConflictError, NotFoundError, staleVersion } from "../../domain/errors.ts";
import { cancelledIndexes, isUnavailable, unavailable } from "./dynamo.ts";
import { indexKeys, keys, partitions } from "./keys.ts";
import { storedRecord } from "./stored.ts";

type Clock = () => Date;

/**
 * Offices and methods: small catalogues, listed by name through an index and edited with optimistic locking.
 * Every write parses the record through its schema; a read takes it as written (`storedRecord`), so a list
 * does not run the text guard over every description again, and a record the guard of today would refuse
 * stays readable, for a curator to correct.
 */
export class CatalogRepository {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock = () => new Date(),
  ) {}

  async getOffice(id: string): Promise<Office | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.office(id) })));
    return out.Item ? storedRecord<Office>(out.Item.data) : undefined;
  }

  async listOffices(): Promise<Office[]> {
    return (await this.queryAll(partitions.offices)).map((data) => storedRecord<Office>(data));
  }

  async putOffice(id: string, input: OfficeInput, expectedVersion?: number): Promise<Office> {
    const now = this.clock().toISOString();
    const current = expectedVersion === undefined ? undefined : await this.getOffice(id);
    if (expectedVersion !== undefined && !current) throw new NotFoundError("Fant ikke kontoret");
    const office = OfficeSchema.parse({
      ...input,
      id,
      version: (current?.version ?? 0) + 1,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await this.putVersioned({ ...keys.office(id), entity: "office", ...indexKeys.officeByName(office.name, id), data: office }, expectedVersion);
    return office;
  }

  async getMethod(id: string): Promise<Method | undefined> {
    const out = await this.send(() => this.db.send(new GetCommand({ TableName: this.tableName, Key: keys.method(id) })));
    return out.Item ? storedRecord<Method>(out.Item.data) : undefined;
  }

  /** A method by id or old slug, following merges to the method that was kept. */
  async resolveMethod(id: string): Promise<Method | undefined> {
    let method = await this.getMethod(id);
    for (let hops = 0; method?.mergedInto && hops < 10; hops++) method = await this.getMethod(method.mergedInto);
    return method?.mergedInto ? undefined : method;
  }

  /** Every method, merged ones included (they carry `mergedInto`). */
  async listMethods(): Promise<Method[]> {
    return (await this.queryAll(partitions.methods)).map((data) => storedRecord<Method>(data));
  }

  async putMethod(id: string, input: MethodInput, expectedVersion?: number, extra: Partial<Pick<Method, "mergedInto">> = {}): Promise<Method> {
    const now = this.clock().toISOString();
    const current = expectedVersion === undefined ? undefined : await this.getMethod(id);
    if (expectedVersion !== undefined && !current) throw new NotFoundError("Fant ikke metoden");
    const method = MethodSchema.parse({
      ...input,
      ...extra,
      id,
      slug: id,
      version: (current?.version ?? 0) + 1,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    });
    await this.putVersioned({ ...keys.method(id), entity: "method", ...indexKeys.methodByName(method.name, id), data: method }, expectedVersion);
    return method;
  }

  /** Item for a transaction that writes a method (used by merges, which move trials in the same breath). */
  methodItem(method: Method) {
    return { ...keys.method(method.id), entity: "method", ...indexKeys.methodByName(method.name, method.id), data: MethodSchema.parse(method) };
  }

  private async putVersioned(item: Record<string, unknown> & { pk: string }, expectedVersion: number | undefined) {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.tableName,
          Item: item,
          ...(expectedVersion === undefined
            ? { ConditionExpression: "attribute_not_exists(pk)" }
            : {
                ConditionExpression: "#data.#version = :expected",
                ExpressionAttributeNames: { "#data": "data", "#version": "version" },
                ExpressionAttributeValues: { ":expected": expectedVersion },
              }),
        }),
      );
    } catch (error) {
      if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
        if (expectedVersion === undefined) throw new ConflictError("Det finnes allerede en oppføring med denne id-en");
        throw staleVersion();
      }
      if (cancelledIndexes(error).length > 0) throw staleVersion();
      throw isUnavailable(error) ? unavailable() : error;
    }
  }

  private async queryAll(partition: string): Promise<unknown[]> {
    return this.send(async () => {
      const results: unknown[] = [];
      const pages = paginateQuery(
        { client: this.db },
        { TableName: this.tableName, IndexName: "gsi1", KeyConditionExpression: "gsi1pk = :pk", ExpressionAttributeValues: { ":pk": partition } },
      );
      for await (const page of pages) for (const item of page.Items ?? []) results.push(item.data);
      return results;
    });
  }

  private async send<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      throw isUnavailable(error) ? unavailable() : error;
    }
  }
}

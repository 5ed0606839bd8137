import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { keys, partitions } from "../shared/adapters/dynamodb/keys.ts";

/** The raw read of one trial that `GET /api/pilots/{id}` makes. */
export function rawGet(tableName: string, id: string): GetCommand {
  return new GetCommand({ TableName: tableName, Key: keys.pilot(id), ConsistentRead: true });
}

/** The raw query of an office's trials that `GET /api/pilots?office=` makes. */
export function rawOfficeQuery(tableName: string, office: string): QueryCommand {
  return new QueryCommand({
    TableName: tableName,
    IndexName: "gsi1",
    KeyConditionExpression: "gsi1pk = :pk",
    ExpressionAttributeValues: { ":pk": partitions.officePilots(office) },
    ScanIndexForward: false,
    Limit: 100,
  });
}

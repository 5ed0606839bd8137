import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "../shared/adapters/dynamodb/keys.ts";
import { byOffice } from "../shared/adapters/dynamodb/pilot-queries.ts";

/** The raw read of one trial that `GET /api/pilots/{id}` makes. */
export function rawGet(tableName: string, id: string): GetCommand {
  return new GetCommand({ TableName: tableName, Key: keys.pilot(id), ConsistentRead: true });
}

/** The raw query of an office's trials that `GET /api/pilots?office=` makes: the reader's own query, one page of 100. */
export function rawOfficeQuery(tableName: string, office: string): QueryCommand {
  return new QueryCommand({ TableName: tableName, ...byOffice(office).query, Limit: 100 });
}

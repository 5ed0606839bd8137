import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createDocumentClient } from "../shared/adapters/dynamodb/dynamo.ts";
import { LOCAL_CREDENTIALS, LOCAL_REGION } from "../infra/local/dynamodb-local.ts";
import { rawGet, rawOfficeQuery } from "./raw-calls.ts";

export interface BareServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * The floor of any HTTP API in front of the table on this machine: a bare Node server, in the bench's process as
 * the hub is, that makes the raw call per request through the same document client the hub uses and answers
 * with what it read as JSON. No gateway, token check, middleware, validation, projection or log line.
 *
 *   GET /get/{id}         the raw read of one trial
 *   GET /query/{office}   the raw query of an office's trials
 */
export async function startBareServer(endpoint: string, tableName: string): Promise<BareServer> {
  const db = createDocumentClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const server = createServer((req, res) => {
    const [, kind, key = ""] = (req.url ?? "").split("/");
    const answer =
      kind === "get"
        ? db.send(rawGet(tableName, decodeURIComponent(key))).then((out) => out.Item ?? null)
        : kind === "query"
          ? db.send(rawOfficeQuery(tableName, decodeURIComponent(key))).then((out) => out.Items ?? [])
          : Promise.reject(new Error(`no such call: ${req.url}`));
    answer.then(
      (body) => res.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body)),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      db.destroy();
    },
  };
}

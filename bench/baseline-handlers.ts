import { keys } from "../shared/adapters/dynamodb/keys.ts";

/** The baselines' source, bundled as the functions are. Both read the same item, which does not exist. */
const MISSING_ID = "01JBENCHMINIMAL0000000000X";

/** The DynamoDB document client at module scope, as every function creates it, and the read of that item. */
const CLIENT = `
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ region: process.env.AWS_REGION, ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}) }));
const read = () => db.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: ${JSON.stringify(keys.pilot(MISSING_ID))} }));
`;

/**
 * The baseline: a handler that creates the DynamoDB (document) client at module scope and, when its event asks,
 * reads one item that does not exist, as a function's first call that reaches the table does.
 */
export const MINIMAL_HANDLER = `${CLIENT}
export const handler = async (event) => {
  const found = event.read ? await read() : undefined;
  return { statusCode: 200, body: found?.Item ? "{}" : "" };
};
`;
/** The minimal handler's first call reads one item; the other event makes no request. */
export const MINIMAL_READ = { read: true };

/**
 * The floor of the chosen stack: the minimal handler's read behind what every function here carries whatever it
 * does — middy with Powertools' Logger and Metrics middlewares, a zod/mini check of the path parameter, and one
 * log line per call. What a function costs above this row is the project's own code; below it, the stack's.
 */
export const STACK_FLOOR_HANDLER = `${CLIENT}
import middy from "@middy/core";
import { Logger } from "@aws-lambda-powertools/logger";
import { injectLambdaContext } from "@aws-lambda-powertools/logger/middleware";
import { Metrics } from "@aws-lambda-powertools/metrics";
import { logMetrics } from "@aws-lambda-powertools/metrics/middleware";
import * as z from "zod/mini";
const logger = new Logger({ serviceName: "bench" });
const metrics = new Metrics({ namespace: "bench", serviceName: "bench" });
const Params = z.object({ id: z.string().check(z.maxLength(40)) });
export const handler = middy({ timeoutEarlyInMillis: 0 })
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics))
  .handler(async (event) => {
    const params = Params.safeParse(event.pathParameters ?? {});
    if (!params.success) return { statusCode: 404, body: "" };
    const found = await read();
    logger.info("request", { status: found?.Item ? 200 : 404 });
    return { statusCode: found?.Item ? 200 : 404, body: "" };
  });
`;
export const STACK_FLOOR_READ = { pathParameters: { id: MISSING_ID } };

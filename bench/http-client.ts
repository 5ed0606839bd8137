import { Agent, request } from "node:http";

export interface HttpAnswer {
  readonly status: number;
  readonly text: string;
}

export interface HttpClient {
  send(method: string, path: string, payload?: string, headers?: Record<string, string>): Promise<HttpAnswer>;
  close(): void;
}

/**
 * The bench's client for the API and the bare server: node:http with a keep-alive agent, the transport the
 * SDK's default handler gives the raw DynamoDB calls the API is measured against, so that both sides of a
 * ratio pay the same client cost.
 */
export function keepAliveClient(baseUrl: string, connections: number): HttpClient {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  return {
    send: (method, path, payload, headers = {}) =>
      new Promise<HttpAnswer>((resolve, reject) => {
        const contentHeaders = payload === undefined ? {} : { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) };
        const req = request(baseUrl + path, { method, agent, headers: { ...contentHeaders, ...headers } }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("error", reject);
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
        });
        req.on("error", reject);
        req.end(payload);
      }),
    close: () => agent.destroy(),
  };
}

import type { TestProject } from "vitest/node";
import { exportJWK } from "jose";
import { startHub, type Hub } from "../../infra/local/hub.ts";

declare module "vitest" {
  export interface ProvidedContext {
    hubUrl: string;
    issuer: string;
    audience: string;
    /** The private signing key as a JWK, so tests can mint tokens like the issuer does. */
    signingJwk: Record<string, unknown>;
    dynamoEndpoint: string;
    tableName: string;
  }
}

let hub: Hub | undefined;

/** One hub for the integration tests: DynamoDB Local in memory, seeded, on a free port. */
export default async function setup(project: TestProject) {
  hub = await startHub({ port: 0, seed: true, tableName: "utprovingsbanken-test" });
  const key = await keyOf(hub);
  project.provide("hubUrl", hub.url);
  project.provide("issuer", hub.issuer.issuer);
  project.provide("audience", hub.issuer.audience);
  project.provide("signingJwk", key);
  project.provide("dynamoEndpoint", hub.dynamo.endpoint);
  project.provide("tableName", hub.tableName);
  return async () => {
    await hub?.stop();
  };
}

async function keyOf(running: Hub): Promise<Record<string, unknown>> {
  const key = running.signingKey;
  const jwk = await exportJWK(key.privateKey);
  return { ...jwk, kid: key.kid, alg: key.alg };
}

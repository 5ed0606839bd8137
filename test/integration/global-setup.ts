import type { TestProject } from "vitest/node";
import { exportJWK, generateKeyPair } from "jose";
import { startHub, type Hub } from "../../infra/local/hub.ts";
import { fromPrivateJwk } from "../../infra/local/oidc/keys.ts";

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
  // Every success body is checked against its route contract's response schema (see functions/lib/http.ts).
  process.env.UTP_CHECK_RESPONSES = "1";
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = { ...(await exportJWK(privateKey)), kid: "integration-test", alg: "RS256" };
  hub = await startHub({ port: 0, seed: true, tableName: "utprovingsbanken-test", signingKey: await fromPrivateJwk(jwk) });
  const key: Record<string, unknown> = jwk;
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

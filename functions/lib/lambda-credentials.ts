/**
 * The credentials the SDK clients resolve inside Lambda. The runtime gives the function's role credentials in the
 * environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`) for the whole life of an
 * execution environment, so the SDK's default chain (profiles, SSO, STS, web identity, container and instance
 * metadata) is never reached there, yet it and the clients it carries weigh about 130 KB of every bundle. The
 * bundler puts this module in place of `@aws-sdk/credential-provider-node` (see `infra/constructs/lambda-bundle.ts`); code run
 * outside a bundle keeps the default chain.
 */
export { fromEnv as defaultProvider } from "@aws-sdk/credential-provider-env";

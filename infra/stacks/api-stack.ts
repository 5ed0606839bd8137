import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  ApiMapping,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
  type HttpRoute,
} from "aws-cdk-lib/aws-apigatewayv2";
import { Certificate } from "aws-cdk-lib/aws-certificatemanager";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { UserPool, UserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup, type RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { DEPLOYED_ROUTES } from "../../functions/routes.ts";
import { writes } from "../../shared/contracts/contract.ts";
import { hostedDomainUrl, type HubConfig } from "../config.ts";
import { HubFunction, constructIdFor, functionNameFor } from "../constructs/hub-function.ts";
import { throttleWrites } from "../constructs/edge-protection.ts";
import { OPENAPI_ENTRY, writeOpenApiCommand } from "../constructs/openapi-asset.ts";

export interface ApiStackProps extends StackProps {
  readonly config: HubConfig;
  readonly table: ITableV2;
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly logRetention: RetentionDays;
}

/** One access log line per request, as JSON (no token, no body, no query string). */
const ACCESS_LOG_FORMAT = {
  requestId: "$context.requestId",
  time: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  method: "$context.httpMethod",
  routeKey: "$context.routeKey",
  path: "$context.path",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  latencyMs: "$context.responseLatency",
  integrationLatencyMs: "$context.integrationLatency",
  integrationStatus: "$context.integrationStatus",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
};

/**
 * The HTTP API: every route contract in `shared/contracts/` gets its own function built from `functions/<entry>.ts`;
 * every route that is not public sits behind the JWT authorizer (Cognito issuer, the site client as audience).
 * The handlers still check the role and office themselves, from the claims the authorizer verified.
 */
export class ApiStack extends Stack {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  private readonly originDomain: string | undefined;
  readonly authorizer: HttpJwtAuthorizer;
  /** One function per route, keyed by route key (`GET /api/pilots`). */
  readonly functions = new Map<string, HubFunction>();
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { config } = props;
    this.originDomain = config.api.originDomain?.domainName;

    this.httpApi = new HttpApi(this, "HttpApi", {
      apiName: `utprovingsbanken-${config.envName}`,
      description: "Utprøvingsbanken API, served to browsers through CloudFront under /api/",
      createDefaultStage: false,
      // With an origin domain for CloudFront, the default endpoint is switched off: no way around the web ACL.
      disableExecuteApiEndpoint: config.api.originDomain !== undefined,
      // Same origin as the site (CloudFront routes /api/*), so no CORS configuration.
    });

    this.accessLogs = new LogGroup(this, "AccessLogs", { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.httpApi,
      stageName: "$default",
      autoDeploy: true,
      throttle: { rateLimit: config.api.rateLimit, burstLimit: config.api.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    this.authorizer = new HttpJwtAuthorizer("CognitoJwt", props.userPool.userPoolProviderUrl, {
      authorizerName: "cognito-id-token",
      // The ID token's `aud` is the site client's id (see AuthStack for why the ID token is the one sent).
      jwtAudience: [props.client.userPoolClientId],
      identitySource: ["$request.header.Authorization"],
    });
    const none = new HttpNoneAuthorizer();

    // Read by functions/lib/config.ts in every handler (GET /api/auth/config hands them to the browser). Cognito's
    // discovery document lives on the issuer host, its login endpoints on the hosted domain.
    const cognito = hostedDomainUrl(config);
    const oidcEnvironment = {
      OIDC_ISSUER: props.userPool.userPoolProviderUrl,
      OIDC_CLIENT_ID: props.client.userPoolClientId,
      // The site sends Cognito's ID token; an access token for the same client is refused.
      OIDC_TOKEN_USE: "id",
      OIDC_AUTHORIZATION_ENDPOINT: `${cognito}/oauth2/authorize`,
      OIDC_TOKEN_ENDPOINT: `${cognito}/oauth2/token`,
      OIDC_LOGOUT_ENDPOINT: `${cognito}/logout`,
    };

    for (const route of DEPLOYED_ROUTES) {
      const { entry } = route;
      const key = route.key;
      const fn = new HubFunction(this, constructIdFor(entry), {
        entry,
        functionName: functionNameFor(config.envName, entry),
        description: `${key}: ${route.summary}`,
        logRetention: props.logRetention,
        tableAccess: { table: props.table, writes: writes(route) },
        environment: oidcEnvironment,
        memorySize: 512,
        timeout: Duration.seconds(10),
        ...(entry === OPENAPI_ENTRY ? { afterBundling: writeOpenApiCommand } : {}),
      });
      Validations.of(fn).acknowledge({
        id: "Serverless-LambdaDLQ",
        reason:
          "Invoked synchronously by API Gateway only; a dead-letter queue applies to asynchronous invocations and would never receive anything. Failures reach the caller as 5xx and raise the API 5xx alarm.",
      });
      this.functions.set(key, fn);

      const [created] = this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${constructIdFor(entry)}Integration`, fn.function),
        authorizer: route.access === "public" ? none : this.authorizer,
      });
      if (route.access === "public") acknowledgePublicRoute(created, key);
    }

    if (config.api.originDomain) {
      const domain = new DomainName(this, "OriginDomain", {
        domainName: config.api.originDomain.domainName,
        certificate: Certificate.fromCertificateArn(this, "OriginCertificate", config.api.originDomain.certificateArn),
      });
      new ApiMapping(this, "OriginMapping", { api: this.httpApi, domainName: domain, stage: this.stage });
      new CfnOutput(this, "OriginDomainTarget", { value: domain.regionalDomainName, description: "Point the origin domain's DNS record here" });
    }

    // Writes are throttled per route, well below the stage's default for reads.
    throttleWrites(
      this.stage,
      DEPLOYED_ROUTES.filter((r) => writes(r)).map((r) => r.key),
      { rateLimit: Math.max(1, Math.floor(config.api.rateLimit / 5)), burstLimit: Math.max(1, Math.floor(config.api.burstLimit / 5)) },
    );

    new CfnOutput(this, "ApiEndpoint", { value: this.originDomain ? `https://${this.originDomain}` : this.httpApi.apiEndpoint });
  }

  /** The API's hostname, for CloudFront's origin: the origin domain when configured, else execute-api's. */
  get apiDomainName(): string {
    if (this.originDomain) return this.originDomain;
    return `${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`;
  }
}

function acknowledgePublicRoute(route: HttpRoute | undefined, key: string): void {
  if (!route) return;
  Validations.of(route).acknowledge({
    id: "AwsSolutions-APIG4",
    reason: `${key} is public by design (access "public" in its route contract): it serves open data or public configuration and needs no caller identity.`,
  });
}

import { Stack, type StackProps } from "aws-cdk-lib";
import type { Construct } from "constructs";
import type { HubConfig } from "../config.ts";
import { SiteWebAcl } from "../constructs/edge-protection.ts";

export interface EdgeStackProps extends StackProps {
  readonly config: HubConfig;
}

/** What protects the site at the edge and must live in us-east-1: the CloudFront web ACL. */
export class EdgeStack extends Stack {
  readonly webAcl: SiteWebAcl;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    this.webAcl = new SiteWebAcl(this, "SiteWebAcl", { name: `utprovingsbanken-${props.config.envName}` });
  }

  get webAclArn(): string {
    return this.webAcl.webAcl.attrArn;
  }
}

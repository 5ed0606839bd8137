import { App } from "aws-cdk-lib";
import { loadConfig } from "./config.ts";
import { addComplianceChecks, buildHub } from "./hub.ts";

const app = new App();
buildHub(app, loadConfig(app.node));
addComplianceChecks(app);

/** Configuration read once from the environment; a missing value stops the function at start-up. */
function requiredEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  tableName: requiredEnv("TABLE_NAME"),
  /** Set locally to reach DynamoDB Local; unset in AWS. */
  dynamoEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
  region: process.env.AWS_REGION || "eu-north-1",
} as const;

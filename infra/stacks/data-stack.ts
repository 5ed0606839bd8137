import { RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { AttributeType, Billing, StreamViewType, TableEncryptionV2, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import type { Construct } from "constructs";
import { TABLE_DEFINITION } from "../../shared/adapters/dynamodb/table.ts";

/** The one table, built from the same definition the local stack creates DynamoDB Local's table from. */
export class DataStack extends Stack {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: StackProps & { readonly tableName: string }) {
    super(scope, id, props);

    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, "Table", {
      tableName: props.tableName,
      partitionKey: stringKey(TABLE_DEFINITION.partitionKey),
      sortKey: stringKey(TABLE_DEFINITION.sortKey),
      globalSecondaryIndexes: TABLE_DEFINITION.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: stringKey(index.partitionKey),
        sortKey: stringKey(index.sortKey),
      })),
      timeToLiveAttribute: TABLE_DEFINITION.ttlAttribute,
      dynamoStream: StreamViewType[TABLE_DEFINITION.stream],
      billing: Billing.onDemand(),
      // The AWS managed key (aws/dynamodb): encrypted at rest with a key whose use is logged in CloudTrail,
      // without the monthly cost and key-policy upkeep of a customer managed key.
      encryption: TableEncryptionV2.awsManagedKey(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true, recoveryPeriodInDays: 35 },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}

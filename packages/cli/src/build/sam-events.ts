import { toEventBridgeSchedule } from '@faasport/adapter-aws';
import { toLogicalName } from './names.js';
import type { PlannedFunction } from './plan.js';
import type { YamlValue } from './yaml.js';

type Yaml = { readonly [key: string]: YamlValue };

/** The parts of a SAM template one function brings: its events and what they need. */
export interface SamFunctionParts {
  readonly events: Yaml;
  readonly parameters: Yaml;
  readonly resources: Yaml;
  readonly outputs: Yaml;
  /** Properties merged into the function (`FunctionUrlConfig`…). */
  readonly properties: Yaml;
}

const REPORT_FAILURES = ['ReportBatchItemFailures'];
const ref = (name: string): Yaml => ({ Ref: name });
const param = (description: string): Yaml => ({ Type: 'String', Description: description });

/**
 * The SAM events of one function by definition kind: HTTP API or Function URL (streaming →
 * `InvokeMode: RESPONSE_STREAM`), SQS and Kinesis/DynamoDB with `ReportBatchItemFailures`, SNS, S3
 * (or EventBridge for an existing bucket), a schedule, an EventBridge rule; a parameter for every
 * name the user must give.
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
 *
 * @example
 * samParts({ name: 'orders', definition: orders, config: {} }, 1).events // { Sqs: { Type: 'SQS', … } }
 */
export function samParts(fn: PlannedFunction, httpFunctions: number): SamFunctionParts {
  const id = toLogicalName(fn.name);
  const aws = fn.config.aws ?? {};
  const empty = { events: {}, parameters: {}, resources: {}, outputs: {}, properties: {} };
  const batch: Yaml = aws.batchSize === undefined ? {} : { BatchSize: aws.batchSize };
  const def = fn.definition;
  switch (def.kind) {
    case 'http':
      return aws.streaming || aws.http === 'function-url'
        ? functionUrl(id, aws.streaming === true)
        : httpApi(id, def.options.route ?? fn.name, httpFunctions);
    case 'queue':
      return {
        ...empty,
        events: {
          Sqs: {
            Type: 'SQS',
            Properties: { Queue: ref(`${id}QueueArn`), ...batch, FunctionResponseTypes: REPORT_FAILURES },
          },
        },
        parameters: { [`${id}QueueArn`]: param(`ARN of the SQS queue that feeds ${fn.name}`) },
      };
    case 'topic':
      return {
        ...empty,
        events: { Sns: { Type: 'SNS', Properties: { Topic: ref(`${id}TopicArn`) } } },
        parameters: { [`${id}TopicArn`]: param(`ARN of the SNS topic ${fn.name} subscribes to`) },
      };
    case 'storage':
      return aws.existingBucket ? eventBridgeBucket(id, fn.name) : s3Bucket(id, fn.name);
    case 'schedule':
      return {
        ...empty,
        events: { Schedule: { Type: 'Schedule', Properties: { Schedule: toEventBridgeSchedule(def.schedule) } } },
      };
    case 'stream': {
      const dynamo = aws.source === 'dynamodb';
      return {
        ...empty,
        events: {
          Stream: {
            Type: dynamo ? 'DynamoDB' : 'Kinesis',
            Properties: {
              Stream: ref(`${id}StreamArn`),
              StartingPosition: 'LATEST',
              ...batch,
              FunctionResponseTypes: REPORT_FAILURES,
            },
          },
        },
        parameters: {
          [`${id}StreamArn`]: param(
            `ARN of the ${dynamo ? 'DynamoDB table stream' : 'Kinesis data stream'} ${fn.name} reads`,
          ),
        },
      };
    }
    case 'event':
      return {
        ...empty,
        events: {
          Rule: {
            Type: 'EventBridgeRule',
            Properties: { Pattern: (aws.pattern as Yaml | undefined) ?? { source: [ref(`${id}EventSource`)] } },
          },
        },
        parameters: aws.pattern ? {} : { [`${id}EventSource`]: param(`The EventBridge "source" ${fn.name} receives`) },
      };
  }
}

function httpApi(id: string, route: string, httpFunctions: number): SamFunctionParts {
  const base = `/${route.replace(/^\/+|\/+$/g, '')}`;
  // One HTTP function takes every path ($default); several share the API under their routes.
  const events: Yaml =
    httpFunctions === 1
      ? { Api: { Type: 'HttpApi' } }
      : {
          Api: { Type: 'HttpApi', Properties: { Path: base, Method: 'ANY' } },
          ApiProxy: { Type: 'HttpApi', Properties: { Path: `${base}/{proxy+}`, Method: 'ANY' } },
        };
  const path = httpFunctions === 1 ? '/' : `${base}/`;
  return {
    events,
    parameters: {},
    resources: {},
    properties: {},
    outputs: {
      [`${id}Url`]: {
        Description: `URL of ${id}`,
        Value: { 'Fn::Sub': `https://\${ServerlessHttpApi}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}${path}` },
      },
    },
  };
}

function functionUrl(id: string, streaming: boolean): SamFunctionParts {
  return {
    events: {},
    parameters: {},
    resources: {},
    properties: { FunctionUrlConfig: { AuthType: 'NONE', InvokeMode: streaming ? 'RESPONSE_STREAM' : 'BUFFERED' } },
    // SAM names the AWS::Lambda::Url it generates `<function logical id>Url`.
    outputs: {
      [`${id}Url`]: {
        Description: `Function URL of ${id}`,
        Value: { 'Fn::GetAtt': [`${id}FunctionUrl`, 'FunctionUrl'] },
      },
    },
  };
}

// SAM's S3 event needs the bucket in the same template.
function s3Bucket(id: string, name: string): SamFunctionParts {
  return {
    events: {
      Bucket: {
        Type: 'S3',
        Properties: { Bucket: ref(`${id}Bucket`), Events: ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'] },
      },
    },
    parameters: { [`${id}BucketName`]: param(`Name of the bucket this stack creates for ${name}`) },
    resources: { [`${id}Bucket`]: { Type: 'AWS::S3::Bucket', Properties: { BucketName: ref(`${id}BucketName`) } } },
    outputs: {},
    properties: {},
  };
}

// An existing bucket: its EventBridge notifications (enable them on the bucket) through a rule.
function eventBridgeBucket(id: string, name: string): SamFunctionParts {
  const pattern = {
    source: ['aws.s3'],
    'detail-type': ['Object Created', 'Object Deleted'],
    detail: { bucket: { name: [ref(`${id}BucketName`)] } },
  };
  return {
    events: { Bucket: { Type: 'EventBridgeRule', Properties: { Pattern: pattern } } },
    parameters: {
      [`${id}BucketName`]: param(`Name of the existing bucket ${name} watches (EventBridge notifications on)`),
    },
    resources: {},
    outputs: {},
    properties: {},
  };
}

// Realistic API Gateway HTTP API (payload 2.0) events, as Lambda delivers them.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html

const headers = {
  accept: 'application/json',
  'accept-encoding': 'gzip, deflate, br',
  'content-length': '0',
  host: 'abc123.execute-api.eu-west-1.amazonaws.com',
  'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bench',
  'x-amzn-trace-id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
  'x-forwarded-for': '203.0.113.7',
  'x-forwarded-port': '443',
  'x-forwarded-proto': 'https',
};

function requestContext(method: string, path: string) {
  return {
    accountId: '123456789012',
    apiId: 'abc123',
    domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
    domainPrefix: 'abc123',
    http: {
      method,
      path,
      protocol: 'HTTP/1.1',
      sourceIp: '203.0.113.7',
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64) bench',
    },
    requestId: 'JKJaXmPLvHcESHA=',
    routeKey: '$default',
    stage: '$default',
    time: '10/Mar/2024:13:40:52 +0000',
    timeEpoch: 1710078052123,
  };
}

export function apiGatewayV2Get() {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/items/42',
    rawQueryString: 'expand=owner&fields=a&fields=b',
    cookies: ['session=abc'],
    headers,
    queryStringParameters: { expand: 'owner', fields: 'a,b' },
    requestContext: requestContext('GET', '/items/42'),
    isBase64Encoded: false,
  };
}

export const jsonBody1k = JSON.stringify({
  items: Array.from({ length: 16 }, (_, i) => ({ id: i, name: `item-${i}`, tags: ['a', 'b'], price: 9.99 + i })),
});

export function apiGatewayV2Post() {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/items',
    rawQueryString: '',
    headers: { ...headers, 'content-type': 'application/json', 'content-length': String(jsonBody1k.length) },
    requestContext: requestContext('POST', '/items'),
    body: jsonBody1k,
    isBase64Encoded: false,
  };
}

export function lambdaContext() {
  const deadline = Date.now() + 30_000;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName: 'bench',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:bench',
    memoryLimitInMB: '128',
    awsRequestId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    logGroupName: '/aws/lambda/bench',
    logStreamName: '2024/03/10/[$LATEST]abc',
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

/** An SQS batch of `n` standard-queue records, as Lambda delivers it. */
export function sqsBatch(n: number) {
  return {
    Records: Array.from({ length: n }, (_, i) => ({
      messageId: `059f36b4-87a3-44ab-83d2-66${String(i).padStart(10, '0')}`,
      receiptHandle: `AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a${i}`,
      body: JSON.stringify({ orderId: i, sku: `SKU-${i}`, qty: (i % 5) + 1 }),
      attributes: {
        ApproximateReceiveCount: '1',
        SentTimestamp: '1545082649183',
        SenderId: 'AIDAIENQZJOLO23YVJ4VO',
        ApproximateFirstReceiveTimestamp: '1545082649185',
      },
      messageAttributes: {},
      md5OfBody: 'e4e68fb7bd0e697a0ae8f1bb342846b3',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:eu-west-1:123456789012:orders',
      awsRegion: 'eu-west-1',
    })),
  };
}

/** A Kinesis batch of `n` records of one shard. */
export function kinesisBatch(n: number) {
  return {
    Records: Array.from({ length: n }, (_, i) => ({
      kinesis: {
        kinesisSchemaVersion: '1.0',
        partitionKey: `device-${i % 7}`,
        sequenceNumber: `4959033${String(i).padStart(20, '0')}`,
        data: Buffer.from(JSON.stringify({ level: i % 13 === 0 ? 'error' : 'info', ms: i * 3 })).toString('base64'),
        approximateArrivalTimestamp: 1545084650.987,
      },
      eventSource: 'aws:kinesis',
      eventVersion: '1.0',
      eventID: `shardId-000000000006:4959033${String(i).padStart(20, '0')}`,
      eventName: 'aws:kinesis:record',
      invokeIdentityArn: 'arn:aws:iam::123456789012:role/lambda-role',
      awsRegion: 'eu-west-1',
      eventSourceARN: 'arn:aws:kinesis:eu-west-1:123456789012:stream/logs',
    })),
  };
}

const v1Headers = {
  Accept: 'application/json',
  Host: 'abc123.execute-api.eu-west-1.amazonaws.com',
  'User-Agent': 'Mozilla/5.0 (X11; Linux x86_64) bench',
  'X-Amzn-Trace-Id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
  'X-Forwarded-For': '203.0.113.7',
  'X-Forwarded-Port': '443',
  'X-Forwarded-Proto': 'https',
};

function toMulti(map: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, [v]]));
}

/** API Gateway REST (payload 1.0) GET and POST. */
export function apiGatewayV1(method: 'GET' | 'POST') {
  const post = method === 'POST';
  const headers = post ? { ...v1Headers, 'Content-Type': 'application/json' } : v1Headers;
  return {
    resource: '/{proxy+}',
    path: post ? '/items' : '/items/42',
    httpMethod: method,
    headers,
    multiValueHeaders: toMulti(headers),
    queryStringParameters: post ? null : { expand: 'owner', fields: 'b' },
    multiValueQueryStringParameters: post ? null : { expand: ['owner'], fields: ['a', 'b'] },
    pathParameters: { proxy: post ? 'items' : 'items/42' },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      httpMethod: method,
      path: post ? '/prod/items' : '/prod/items/42',
      protocol: 'HTTP/1.1',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      requestTimeEpoch: 1710078052123,
      resourcePath: '/{proxy+}',
      stage: 'prod',
      identity: { sourceIp: '203.0.113.7', userAgent: 'bench' },
    },
    body: post ? jsonBody1k : null,
    isBase64Encoded: false,
  };
}

/** ALB (multi-value mode) GET and POST. */
export function albEvent(method: 'GET' | 'POST') {
  const post = method === 'POST';
  const headers: Record<string, string> = {
    accept: 'application/json',
    host: 'my-alb-1234.eu-west-1.elb.amazonaws.com',
    'user-agent': 'bench',
    'x-amzn-trace-id': 'Root=1-5e6722a7-cc56xmpl46db7ae02d4da47e',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-port': '443',
    'x-forwarded-proto': 'https',
    ...(post ? { 'content-type': 'application/json' } : {}),
  };
  return {
    requestContext: {
      elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/bench/6d0ecf831eec9f09' },
    },
    httpMethod: method,
    path: post ? '/items' : '/items/42',
    multiValueQueryStringParameters: post ? {} : { expand: ['owner'], fields: ['a', 'b'] },
    multiValueHeaders: toMulti(headers),
    body: post ? jsonBody1k : '',
    isBase64Encoded: false,
  };
}

// Keys like `__proto__`, `constructor` and `prototype` arriving from the wire (query strings, headers,
// JSON bodies, message attributes, database images, trigger metadata) never pollute Object.prototype
// and come out as plain data where they are data (issue 7, item 6).
import az from '@azure/functions';
import { toLambda } from '@faasport/adapter-aws';
import { createLambdaContext, toApiGatewayV1Event, toApiGatewayV2Event } from '@faasport/adapter-aws/testing';
import { toAzureHandler } from '@faasport/adapter-azure';
import { createInvocationContext } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport, toFirestoreCloudEvent, toPubSubCloudEvent } from '@faasport/adapter-gcp/testing';
import {
  type CloudEvent,
  type Definition,
  event,
  http,
  type Message,
  queue,
  type StreamRecord,
  stream,
  topic,
} from '@faasport/core';
import { afterEach, describe, expect, it } from 'vitest';

// What the platform delivers after its own JSON.parse: `__proto__` as an own key.
const POISON_ATTRS = '{"__proto__":"p","constructor":"c","prototype":"t","a":"1"}';

function own(value: unknown, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

function expectClean(): void {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

function expectAttributes(attributes: Record<string, string>): void {
  expect(own(attributes, '__proto__')).toBe('p');
  expect(own(attributes, 'constructor')).toBe('c');
  expect(own(attributes, 'prototype')).toBe('t');
  expect(own(attributes, 'a')).toBe('1');
  expect(Object.getPrototypeOf(attributes) === Object.prototype || Object.getPrototypeOf(attributes) === null).toBe(
    true,
  );
}

/** An image whose keys would pollute if copied with plain assignment. */
const IMAGE = { id: 'k1', nested: { ok: true } };

function expectImage(image: unknown): void {
  expect(own(image, '__proto__')).toEqual({ polluted: 'yes' });
  expect(own(image, 'constructor')).toEqual({ prototype: { polluted: 'yes' } });
  expect(own(image, 'id')).toBe('k1');
  expect((image as Record<string, unknown>).polluted).toBeUndefined();
}

/** Parses JSON text the way every platform does (own `__proto__` keys kept). */
function poisonedImage(): Record<string, unknown> {
  return JSON.parse(
    `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"id":"k1","nested":{"ok":true}}`,
  ) as Record<string, unknown>;
}

afterEach(expectClean);

const HTTP_QUERY = '__proto__[polluted]=yes&constructor[prototype][polluted]=yes&__proto__=q&prototype=r';
const HTTP_BODY = '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}';

interface Seen {
  query?: URLSearchParams;
  header?: string | null;
  constructorHeader?: string | null;
  body?: Record<string, unknown>;
}

function httpProbe(seen: Seen) {
  return http(async (req) => {
    seen.query = new URL(req.url).searchParams;
    seen.header = req.headers.get('__proto__');
    seen.constructorHeader = req.headers.get('constructor');
    seen.body = (await req.json()) as Record<string, unknown>;
    return new Response('ok');
  });
}

// protoHeader: false where the platform library itself drops a `__proto__` header before the adapter runs.
function expectHttp(seen: Seen, protoHeader = true): void {
  expect(seen.query?.getAll('__proto__')).toEqual(['q']);
  expect(seen.query?.get('__proto__[polluted]')).toBe('yes');
  expect(seen.query?.get('prototype')).toBe('r');
  if (protoHeader) expect(seen.header).toBe('h');
  expect(seen.constructorHeader).toBe('c');
  expect(own(seen.body, '__proto__')).toEqual({ polluted: 'yes' });
}

function httpRequest(): Request {
  return new Request(`https://x.example/p?${HTTP_QUERY}`, {
    method: 'POST',
    headers: [
      ['content-type', 'application/json'],
      ['__proto__', 'h'],
      ['constructor', 'c'],
    ],
    body: HTTP_BODY,
  });
}

describe('aws', () => {
  // Built as JSON text, as Lambda delivers it: header and query maps get own `__proto__` keys.
  async function poisonedEvent(toEvent: (req: Request) => Promise<unknown>, v1: boolean): Promise<unknown> {
    const clean = new Request(v1 ? 'https://x.example/p' : `https://x.example/p?${HTTP_QUERY}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: HTTP_BODY,
    });
    let text = JSON.stringify(await toEvent(clean));
    text = text.replace(/("content-type":"application\/json")/i, '$1,"__proto__":"h","constructor":"c"');
    text = text.replace(/("content-type":\["application\/json"\])/i, '$1,"__proto__":["h"],"constructor":["c"]');
    const ev = JSON.parse(text) as Record<string, unknown>;
    if (v1) {
      ev.queryStringParameters = JSON.parse('{"__proto__":"q","__proto__[polluted]":"yes","prototype":"r"}');
      ev.multiValueQueryStringParameters = JSON.parse(
        '{"__proto__":["q"],"__proto__[polluted]":["yes"],"constructor[prototype][polluted]":["yes"],"prototype":["r"]}',
      );
    }
    return ev;
  }

  it.each([
    ['apigw-v1', toApiGatewayV1Event, true],
    ['apigw-v2', toApiGatewayV2Event, false],
  ] as const)('%s: query, headers and JSON body stay data', async (_shape, toEvent, v1) => {
    const seen: Seen = {};
    const lambdaEvent = await poisonedEvent(toEvent, v1);
    expect(JSON.stringify(lambdaEvent)).toContain('"__proto__":"h"');
    const result = (await toLambda(httpProbe(seen))(lambdaEvent, createLambdaContext())) as { statusCode: number };
    expect(result.statusCode).toBe(200);
    expectHttp(seen);
  });

  it('SQS message attributes', async () => {
    const seen: Message[] = [];
    const attrs = Object.entries(JSON.parse(POISON_ATTRS) as Record<string, string>)
      .map(([k, v]) => `${JSON.stringify(k)}:{"stringValue":${JSON.stringify(v)},"dataType":"String"}`)
      .join(',');
    const sqs = JSON.parse(
      `{"Records":[{"messageId":"m1","receiptHandle":"r","body":"{}","attributes":{"ApproximateReceiveCount":"1","SentTimestamp":"1700000000000","SenderId":"s","ApproximateFirstReceiveTimestamp":"1700000000001"},"messageAttributes":{${attrs}},"md5OfBody":"x","eventSource":"aws:sqs","eventSourceARN":"arn:aws:sqs:us-east-1:1:q","awsRegion":"us-east-1"}]}`,
    );
    const out = await toLambda(queue((m) => void seen.push(m)))(sqs, createLambdaContext());
    expect(out).toEqual({ batchItemFailures: [] });
    expectAttributes((seen[0] as Message).attributes);
  });

  it('SNS message attributes', async () => {
    const seen: Message[] = [];
    const attrs = Object.entries(JSON.parse(POISON_ATTRS) as Record<string, string>)
      .map(([k, v]) => `${JSON.stringify(k)}:{"Type":"String","Value":${JSON.stringify(v)}}`)
      .join(',');
    const sns = JSON.parse(
      `{"Records":[{"EventSource":"aws:sns","EventVersion":"1.0","EventSubscriptionArn":"arn:aws:sns:us-east-1:1:t:s","Sns":{"Type":"Notification","MessageId":"m1","TopicArn":"arn:aws:sns:us-east-1:1:t","Subject":null,"Message":"hi","Timestamp":"2024-01-01T00:00:00.000Z","SignatureVersion":"1","Signature":"x","SigningCertUrl":"https://x","UnsubscribeUrl":"https://x","MessageAttributes":{${attrs}}}}]}`,
    );
    await toLambda(topic((m) => void seen.push(m)))(sns, createLambdaContext());
    expectAttributes((seen[0] as Message).attributes);
  });

  it('DynamoDB stream images and keys', async () => {
    const seen: StreamRecord[] = [];
    const image =
      '{"__proto__":{"M":{"polluted":{"S":"yes"}}},"constructor":{"M":{"prototype":{"M":{"polluted":{"S":"yes"}}}}},"id":{"S":"k1"}}';
    const ddb = JSON.parse(
      `{"Records":[{"eventID":"e1","eventName":"INSERT","eventVersion":"1.1","eventSource":"aws:dynamodb","awsRegion":"us-east-1","dynamodb":{"ApproximateCreationDateTime":1700000000,"Keys":${image},"NewImage":${image},"SequenceNumber":"100","SizeBytes":10,"StreamViewType":"NEW_AND_OLD_IMAGES"},"eventSourceARN":"arn:aws:dynamodb:us-east-1:1:table/t/stream/2024"}]}`,
    );
    const out = await toLambda(stream((r) => void seen.push(r)))(ddb, createLambdaContext());
    expect(out).toEqual({ batchItemFailures: [] });
    expectImage(seen[0]?.newImage);
    expectImage(seen[0]?.keys);
  });
});

describe('gcp (through the Functions Framework on 127.0.0.1)', () => {
  async function post(def: Definition, body: string, headers: Record<string, string>, url = 'http://x.example/') {
    const transport = await cloudFunctionTransport(def);
    try {
      return await transport.fetch(new Request(url, { method: 'POST', headers, body }));
    } finally {
      await transport.close();
    }
  }

  it('HTTP: query, headers and JSON body stay data', async () => {
    const seen: Seen = {};
    const transport = await cloudFunctionTransport(httpProbe(seen));
    try {
      expect((await transport.fetch(httpRequest())).status).toBe(200);
    } finally {
      await transport.close();
    }
    expectHttp(seen);
  });

  it('Pub/Sub attributes', async () => {
    const seen: Message[] = [];
    const ce = toPubSubCloudEvent({ id: 'm1', body: '{}', attributes: { a: '1' } });
    const text = JSON.stringify(ce).replace('{"a":"1"}', POISON_ATTRS);
    expect(text).toContain('__proto__');
    const res = await post(
      queue((m) => void seen.push(m)),
      text,
      { 'content-type': 'application/cloudevents+json' },
    );
    expect(res.status).toBe(204);
    expectAttributes((seen[0] as Message).attributes);
  });

  it('Firestore document fields', async () => {
    const seen: StreamRecord[] = [];
    const ce = toFirestoreCloudEvent({ id: 'e1', partitionKey: 'docs/k1', change: 'insert', newImage: IMAGE });
    const fields = JSON.stringify(ce).replace(
      '"id":{"stringValue":"k1"}',
      '"__proto__":{"mapValue":{"fields":{"polluted":{"stringValue":"yes"}}}},"constructor":{"mapValue":{"fields":{"prototype":{"mapValue":{"fields":{"polluted":{"stringValue":"yes"}}}}}}},"id":{"stringValue":"k1"}',
    );
    expect(fields).toContain('__proto__');
    const res = await post(
      stream((r) => void seen.push(r)),
      fields,
      { 'content-type': 'application/cloudevents+json' },
    );
    expect(res.status).toBe(204);
    expectImage(seen[0]?.newImage);
  });

  it('CloudEvent data', async () => {
    const seen: CloudEvent[] = [];
    const text = `{"specversion":"1.0","id":"1","source":"//x","type":"com.example.t","datacontenttype":"application/json","data":${JSON.stringify(poisonedImage())}}`;
    const res = await post(
      event((ce) => void seen.push(ce)),
      text,
      { 'content-type': 'application/cloudevents+json' },
    );
    expect(res.status).toBe(204);
    expectImage(seen[0]?.data);
  });
});

describe('azure (the library’s real HttpRequest and InvocationContext)', () => {
  function contextFor(type: string, triggerMetadata: Record<string, unknown>) {
    const { context } = createInvocationContext({ functionName: 'f' });
    context.options.trigger = { name: 'trigger', type };
    context.triggerMetadata = triggerMetadata;
    return context;
  }

  it('HTTP: query, headers and JSON body stay data', async () => {
    const seen: Seen = {};
    const { context } = createInvocationContext();
    // As the worker builds it from the host's RPC maps (JSON): own `__proto__` keys.
    const request = new az.HttpRequest({
      method: 'POST',
      url: `https://x.example/p?${HTTP_QUERY}`,
      headers: JSON.parse('{"content-type":"application/json","__proto__":"h","constructor":"c"}'),
      query: JSON.parse('{"__proto__":"q","prototype":"r"}'),
      body: { string: HTTP_BODY },
    });
    const init = await toAzureHandler(httpProbe(seen))(request, context);
    expect(init.status).toBe(200);
    // @azure/functions copies the host's header map with plain assignment: `__proto__` is gone before we run.
    expectHttp(seen, false);
  });

  it('Service Bus application properties (trigger metadata)', async () => {
    const seen: Message[] = [];
    const meta = JSON.parse(
      `{"messageId":"m1","deliveryCount":1,"enqueuedTimeUtc":"2024-01-01T00:00:00Z","applicationProperties":${POISON_ATTRS},"__proto__":{"polluted":"yes"}}`,
    ) as Record<string, unknown>;
    await toAzureHandler(queue((m) => void seen.push(m)))('{}', contextFor('serviceBusTrigger', meta));
    expectAttributes((seen[0] as Message).attributes);
  });

  it('Event Grid event data', async () => {
    const seen: CloudEvent[] = [];
    const eg = JSON.parse(
      `{"id":"1","topic":"/subscriptions/s/resourceGroups/g/providers/Microsoft.EventGrid/topics/t","subject":"s","eventType":"com.example.t","eventTime":"2024-01-01T00:00:00Z","dataVersion":"1","metadataVersion":"1","data":${JSON.stringify(poisonedImage())}}`,
    ) as Record<string, unknown>;
    await toAzureHandler(event((ce) => void seen.push(ce)))(eg, contextFor('eventGridTrigger', {}));
    expectImage(seen[0]?.data);
  });

  it('Cosmos DB documents', async () => {
    const seen: StreamRecord[] = [];
    const doc = { ...poisonedImage(), _lsn: 1, _ts: 1700000000, _etag: '"e"' };
    Object.defineProperty(doc, '__proto__', { value: { polluted: 'yes' }, enumerable: true });
    await toAzureHandler(stream((r) => void seen.push(r)))(
      [JSON.parse(JSON.stringify(doc))],
      contextFor('cosmosDBTrigger', {}),
    );
    expectImage(seen[0]?.newImage);
  });
});

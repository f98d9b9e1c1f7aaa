// The Lambda Invoke API, driven by the real @aws-sdk/client-lambda pointed at the dev server.
import { readFileSync } from 'node:fs';
import { InvokeCommand, LambdaClient, ListFunctionsCommand, ResourceNotFoundException } from '@aws-sdk/client-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownFixture, ownFixturesDir } from '../../../../test/helpers/fixtures.js';
import type { DevServer } from '../../src/dev/server.js';
import { devServer, takeSeen } from './helpers.js';

let dev: DevServer;
let lines: string[];
let client: LambdaClient;

beforeAll(async () => {
  ({ dev, lines } = await devServer({ bodyLimit: 64 * 1024 }));
  client = new LambdaClient({
    endpoint: dev.url,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await dev.close();
});

const json = (payload: Uint8Array | undefined) =>
  JSON.parse(new TextDecoder().decode(payload)) as Record<string, unknown>;
const payload = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('Lambda API through @aws-sdk/client-lambda', () => {
  it('ListFunctions lists every export with ARNs in the signed region', async () => {
    const out = await client.send(new ListFunctionsCommand({}));
    const names = (out.Functions ?? []).map((f) => f.FunctionName).sort();
    expect(names).toEqual(['admin', 'alerts', 'api', 'audit', 'changes', 'nightly', 'orders', 'uploads']);
    const orders = out.Functions?.find((f) => f.FunctionName === 'orders');
    expect(orders?.FunctionArn).toBe('arn:aws:lambda:eu-west-1:123456789012:function:orders');
    expect(orders?.Runtime).toBe('nodejs20.x');
  });

  it('invokes an HTTP function with an HTTP API event and returns the API Gateway result', async () => {
    const event = ownFixture<{ rawPath: string; requestContext: { http: { method: string } } }>(
      'aws/http-apigw-v2/http-api-get.json',
    );
    const out = await client.send(new InvokeCommand({ FunctionName: 'api', Payload: payload(event) }));
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBeUndefined();
    expect(out.ExecutedVersion).toBe('$LATEST');
    const result = json(out.Payload) as { statusCode: number; body: string };
    expect(result.statusCode).toBe(200);
    const body = JSON.parse(result.body) as Record<string, unknown>;
    expect(body).toMatchObject({ provider: 'aws', path: event.rawPath, method: event.requestContext.http.method });
  });

  it('invokes an SQS consumer and returns the partial batch failure', async () => {
    takeSeen();
    const sqs = ownFixture<{ Records: { messageId: string; body: string }[] }>(
      'aws/queue-sqs/standard-batch-of-two.json',
    );
    const records = sqs.Records.slice(0, 2).map((r, i) => ({ ...r, body: i === 1 ? 'please fail' : r.body }));
    const out = await client.send(
      new InvokeCommand({ FunctionName: 'orders', Payload: payload({ ...sqs, Records: records }) }),
    );
    expect(out.FunctionError).toBeUndefined();
    expect(json(out.Payload)).toEqual({ batchItemFailures: [{ itemIdentifier: records[1]?.messageId }] });
    expect(takeSeen().map((s) => s.id)).toEqual(records.map((r) => r.messageId));
  });

  it('reports a failed invocation as X-Amz-Function-Error: Unhandled with errorType, errorMessage, trace', async () => {
    const out = await client.send(new InvokeCommand({ FunctionName: 'orders', Payload: payload({ not: 'sqs' }) }));
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe('Unhandled');
    const error = json(out.Payload) as { errorType: string; errorMessage: string; trace: string[] };
    expect(error.errorType).toBe('UnrecognizedEventError');
    expect(error.errorMessage).toMatch(/'queue' definition takes SQS/);
    expect(Array.isArray(error.trace)).toBe(true);
  });

  it('Tail returns the base64 of the invocation log: START, the handler lines, END, REPORT', async () => {
    const sqs = readFileSync(`${ownFixturesDir}/aws/queue-sqs/standard-batch-of-two.json`);
    const out = await client.send(new InvokeCommand({ FunctionName: 'orders', Payload: sqs, LogType: 'Tail' }));
    const log = Buffer.from(out.LogResult ?? '', 'base64').toString('utf8');
    const requestId = /START RequestId: (\S+)/.exec(log)?.[1];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(log).toContain('"message":"order received"');
    expect(log).toContain(`"requestId":"${requestId}"`);
    expect(log).toMatch(new RegExp(`END RequestId: ${requestId}\\nREPORT RequestId: ${requestId}\\tDuration: `));
    expect(Buffer.byteLength(log)).toBeLessThanOrEqual(4096);
  });

  it('Event answers 202 at once and runs the function in the background', async () => {
    takeSeen();
    const sqs = readFileSync(`${ownFixturesDir}/aws/queue-sqs/standard-batch-of-two.json`);
    const out = await client.send(new InvokeCommand({ FunctionName: 'orders', Payload: sqs, InvocationType: 'Event' }));
    expect(out.StatusCode).toBe(202);
    for (let i = 0; i < 100 && !lines.some((l) => l.includes('invoke Event')); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(lines.some((l) => /orders invoke Event → ok \[aws\]/.test(l))).toBe(true);
    expect(takeSeen().length).toBeGreaterThan(0);
  });

  it('DryRun answers 204 without running the function', async () => {
    takeSeen();
    const sqs = readFileSync(`${ownFixturesDir}/aws/queue-sqs/standard-batch-of-two.json`);
    const out = await client.send(
      new InvokeCommand({ FunctionName: 'orders', Payload: sqs, InvocationType: 'DryRun' }),
    );
    expect(out.StatusCode).toBe(204);
    expect(takeSeen()).toEqual([]);
  });

  it('an unknown function is ResourceNotFoundException; names and ARNs both work', async () => {
    await expect(client.send(new InvokeCommand({ FunctionName: 'nope' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
    const out = await client.send(
      new InvokeCommand({
        FunctionName: 'arn:aws:lambda:eu-west-1:123456789012:function:nightly',
        Payload: payload({
          'detail-type': 'Scheduled Event',
          source: 'aws.events',
          time: '2026-01-01T03:00:00Z',
          detail: {},
          id: '1',
          account: '1',
          region: 'eu-west-1',
          resources: [],
          version: '0',
        }),
      }),
    );
    expect(out.FunctionError).toBeUndefined();
    expect(json(out.Payload)).toBeNull();
  });

  it('a payload over the body cap is RequestTooLargeException (413)', async () => {
    const big = payload({ pad: 'x'.repeat(70 * 1024) });
    await expect(client.send(new InvokeCommand({ FunctionName: 'orders', Payload: big }))).rejects.toMatchObject({
      name: 'RequestTooLargeException',
      $metadata: { httpStatusCode: 413 },
    });
  });
});

describe('Lambda API serving ready-made handlers (lambdaHandlers, no entry)', () => {
  let handlersDev: DevServer;
  let handlersLines: string[];
  let handlersClient: LambdaClient;
  const ran: unknown[] = [];
  const lambdaHandlers = {
    echo: async (event: unknown, ctx: { awsRequestId: string; getRemainingTimeInMillis(): number }) => {
      ran.push(event);
      // vitest patches console; the capture sees what reaches process.stdout, as console.log does outside tests.
      process.stdout.write(`echo saw ${JSON.stringify(event)}\n`);
      return { event, requestId: ctx.awsRequestId, remaining: ctx.getRemainingTimeInMillis() };
    },
    boom: async () => {
      throw new RangeError('built handler failed');
    },
  };

  beforeAll(async () => {
    ({ dev: handlersDev, lines: handlersLines } = await devServer({ entry: undefined, lambdaHandlers }));
    handlersClient = new LambdaClient({
      endpoint: handlersDev.url,
      region: 'us-west-2',
      credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    handlersClient.destroy();
    await handlersDev.close();
  });

  it('ListFunctions lists the handlers with Lambda defaults', async () => {
    const out = await handlersClient.send(new ListFunctionsCommand({}));
    expect(out.Functions?.map((f) => [f.FunctionName, f.Timeout, f.Description, f.Handler])).toEqual([
      ['echo', 3, 'Lambda handler', 'index.echo'],
      ['boom', 3, 'Lambda handler', 'index.boom'],
    ]);
    expect(handlersDev.state.definitions.size).toBe(0);
  });

  it('RequestResponse runs the handler with the event and a context carrying the request id', async () => {
    const out = await handlersClient.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: payload({ a: 1 }), LogType: 'Tail' }),
    );
    expect(out.FunctionError).toBeUndefined();
    const result = json(out.Payload) as { event: unknown; requestId: string; remaining: number };
    expect(result.event).toEqual({ a: 1 });
    expect(result.remaining).toBeLessThanOrEqual(3000);
    const log = Buffer.from(out.LogResult ?? '', 'base64').toString('utf8');
    expect(log).toContain(`START RequestId: ${result.requestId}`);
    expect(log).toContain('echo saw {"a":1}');
    expect(handlersLines.some((l) => /echo invoke RequestResponse → ok \[aws\]/.test(l))).toBe(true);
  });

  it('a rejecting handler is Unhandled with errorType, errorMessage and trace', async () => {
    const out = await handlersClient.send(new InvokeCommand({ FunctionName: 'boom', Payload: payload({}) }));
    expect(out.FunctionError).toBe('Unhandled');
    const error = json(out.Payload) as { errorType: string; errorMessage: string; trace: string[] };
    expect(error).toMatchObject({ errorType: 'RangeError', errorMessage: 'built handler failed' });
    expect(error.trace[0]).toBe('RangeError: built handler failed');
  });

  it('Event runs in the background (202), DryRun runs nothing (204)', async () => {
    ran.length = 0;
    const dry = await handlersClient.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: payload({ dry: true }), InvocationType: 'DryRun' }),
    );
    expect(dry.StatusCode).toBe(204);
    const queued = await handlersClient.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: payload({ later: true }), InvocationType: 'Event' }),
    );
    expect(queued.StatusCode).toBe(202);
    for (let i = 0; i < 100 && ran.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(ran).toEqual([{ later: true }]);
  });

  it('a name it does not serve is ResourceNotFoundException', async () => {
    await expect(handlersClient.send(new InvokeCommand({ FunctionName: 'orders' }))).rejects.toBeInstanceOf(
      ResourceNotFoundException,
    );
  });
});

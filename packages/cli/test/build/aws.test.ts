import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import { ownFixture } from '../../../../test/helpers/fixtures.js';
import { awsEntrySource } from '../../src/build/aws.js';
import { build } from '../../src/build/build.js';
import { startDevServer } from '../../src/dev/server.js';
import { example, fixture, freshOutDir, runNode, startDevLambda } from './helpers.js';

const apiGatewayV2 = () => ownFixture<Record<string, unknown>>('aws/http-apigw-v2/http-api-get.json');
const order = {
  orderId: 'o-1',
  customerId: 'c-1',
  currency: 'EUR',
  lines: [{ sku: 'MUG', quantity: 2, unitPriceCents: 1250 }],
};

// The documented SQS record shape (test/fixtures/aws), with our bodies.
function sqsEvent(bodies: Record<string, string>) {
  const [record] = ownFixture<{ Records: Record<string, unknown>[] }>(
    'aws/queue-sqs/standard-batch-of-two.json',
  ).Records;
  return { Records: Object.entries(bodies).map(([messageId, body]) => ({ ...record, messageId, body })) };
}

function clientFor(endpoint: string): LambdaClient {
  return new LambdaClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
}

async function invoke(client: LambdaClient, name: string, event: unknown) {
  const out = await client.send(
    new InvokeCommand({ FunctionName: name, Payload: new TextEncoder().encode(JSON.stringify(event)) }),
  );
  return {
    status: out.StatusCode,
    error: out.FunctionError,
    payload: JSON.parse(new TextDecoder().decode(out.Payload)),
  };
}

// Runs the same events through the built index.mjs (a fresh `faasport dev --lambda <out>` process)
// and through `faasport dev`'s Invoke API on the source entry, both with the real @aws-sdk/client-lambda.
async function invokeBoth(entry: string, out: string, calls: [string, unknown][]) {
  const host = await startDevLambda(out);
  const dev = await startDevServer({ entry, port: 0, watch: false, clock: null, log: () => undefined });
  try {
    const built = clientFor(host.url);
    const local = clientFor(dev.url);
    const results = [];
    for (const [name, event] of calls) {
      results.push({ built: await invoke(built, name, event), dev: await invoke(local, name, event) });
    }
    await Promise.all([host.stop(), dev.close()]);
    // The bin's own log: its banner and one line per call.
    return Object.assign(results, { builtLog: host.output() });
  } finally {
    await Promise.all([host.stop(), dev.close()]);
  }
}

describe('buildAws (artifact loaded in a fresh Node process, invoked with @aws-sdk/client-lambda)', () => {
  it('examples/hello: index.mjs exports the handler, zip holds it, template points at it; invoked like dev', async () => {
    const out = freshOutDir('aws-hello');
    const entry = example('hello/src/app.ts');
    const result = await build({ entry, target: 'aws', out });
    expect(result.files).toEqual(['index.mjs', 'index.mjs.map', 'function.zip', 'template.yaml']);
    expect(execFileSync('unzip', ['-l', join(out, 'function.zip')], { encoding: 'utf8' })).toMatch(
      /index\.mjs\n.*index\.mjs\.map/s,
    );
    const template = readFileSync(join(out, 'template.yaml'), 'utf8');
    expect(template).toContain('Handler: "index.hello"');
    expect(template).toContain('CodeUri: "function.zip"');
    // Nothing from @aws-sdk in the bundle: the Lambda hot path stays small.
    expect(readFileSync(join(out, 'index.mjs'), 'utf8')).not.toMatch(/@aws-sdk|client-lambda/);

    const calls = await invokeBoth(entry, out, [
      ['hello', apiGatewayV2()],
      ['hello', { not: 'an event Lambda sends' }],
    ]);
    const [http, garbage] = calls;
    expect(calls.builtLog).toMatch(/lambda {4}hello {12}index\.hello \(Lambda API only\)/);
    expect(calls.builtLog).toMatch(/hello invoke RequestResponse → ok \[aws\]/);
    expect(calls.builtLog).toMatch(/hello invoke RequestResponse → failed: UnrecognizedEventError: /);
    expect(http?.built.status).toBe(200);
    expect(http?.built.error).toBeUndefined();
    expect(http?.built.payload.statusCode).toBe(200);
    const body = JSON.parse(http?.built.payload.body);
    expect(body).toMatchObject({ message: 'Hello, world!', provider: 'aws', method: 'GET', path: '/orders/42' });
    expect(JSON.parse(http?.dev.payload.body)).toEqual(body);
    expect(garbage?.built.error).toBe('Unhandled');
    expect(garbage?.built.payload.errorType).toBe(garbage?.dev.payload.errorType);
    expect(garbage?.built.payload.errorMessage).toMatch(/unrecognized event/);
    expect(garbage?.built.payload.trace[0]).toContain(garbage?.built.payload.errorType);
  });

  it('examples/orders-queue: an SQS batch reports only the invalid message, as faasport dev does', async () => {
    const out = freshOutDir('aws-orders');
    const entry = example('orders-queue/src/orders.ts');
    await build({ entry, target: 'aws', out });
    const template = readFileSync(join(out, 'template.yaml'), 'utf8');
    expect(template).toContain('Type: "SQS"');
    expect(template).toContain('- "ReportBatchItemFailures"');
    expect(template).toContain('Timeout: 30');
    const event = sqsEvent({ 'm-good': JSON.stringify(order), 'm-bad': '{"orderId": ""}' });
    const [batch] = await invokeBoth(entry, out, [['ordersQueue', event]]);
    expect(batch?.built).toEqual({
      status: 200,
      error: undefined,
      payload: { batchItemFailures: [{ itemIdentifier: 'm-bad' }] },
    });
    expect(batch?.dev.payload).toEqual(batch?.built.payload);
  });

  it('every kind: index.mjs exports exactly one handler per definition', async () => {
    const out = freshOutDir('aws-all');
    await build({ entry: fixture('all-kinds/index.ts'), target: 'aws', out });
    const listed = await runNode([
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(join(out, 'index.mjs'))}); console.log(JSON.stringify(Object.keys(m).map((k) => [k, typeof m[k]])))`,
    ]);
    expect(JSON.parse(listed)).toEqual(
      ['alerts', 'api', 'audit', 'changes', 'nightly', 'ordersQueue', 'uploads'].map((k) => [k, 'function']),
    );
  });

  it('streaming: toStreamingLambda for that function and a RESPONSE_STREAM Function URL', async () => {
    const out = freshOutDir('aws-streaming');
    await build({ entry: fixture('configured/index.ts'), target: 'aws', out });
    const template = readFileSync(join(out, 'template.yaml'), 'utf8');
    expect(template).toContain('InvokeMode: "RESPONSE_STREAM"');
    expect(template).toContain('Type: "DynamoDB"');
    expect(template).toContain('BatchSize: 5');
    expect(readFileSync(join(out, 'index.mjs'), 'utf8')).toContain('streamifyResponse');
  });

  it('the generated entry wraps each export by name', () => {
    const source = awsEntrySource({
      entryFile: '/app/src/index.ts',
      functions: [{ name: 'default', definition: { kind: 'http' } as never, config: {} }],
    });
    expect(source).toBe(
      [
        'import * as user from "/app/src/index.ts";',
        "import { toLambda } from '@faasport/adapter-aws';",
        'const h0 = toLambda(user["default"]);',
        'export { h0 as default };',
        '',
      ].join('\n'),
    );
  });
});

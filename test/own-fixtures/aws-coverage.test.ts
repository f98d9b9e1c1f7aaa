// Every native source the AWS adapter declares in its capabilities (triggers.<kind>.sources) has at least one own
// fixture (test/fixtures/aws), placed there by the adapter's own detection (the event-shape predicates of src/detect.ts),
// and a definition of that kind takes it through toLambda (or toStreamingLambda for the RESPONSE_STREAM Function URL):
// the handler runs once per record, or a source declared unsupported is refused with UnsupportedEventError. The
// sources the adapter only recognises to refuse (folder `other`) are named and refused too. A new source without a
// fixture fails `npm test`.
import { toLambda, toStreamingLambda } from '@faasport/adapter-aws';
import {
  createLambdaContext,
  fromStreamedInvocation,
  installLambdaStreamingRuntime,
} from '@faasport/adapter-aws/testing';
import { type Definition, event, UnsupportedEventError } from '@faasport/core';
import { afterAll, beforeAll, describe, expect, it, type MockInstance, vi } from 'vitest';
import { capabilities } from '../../packages/adapter-aws/src/capabilities.js';
// The adapter's own detection (its module, not the public API: placement is what the adapter does, not what it exports).
import {
  isAlbEvent,
  isAlbMultiValueEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
  isDynamoDbStreamEvent,
  isEventBridgeEvent,
  isEventBridgeS3Event,
  isFunctionUrlEvent,
  isKinesisEvent,
  isS3Event,
  isScheduledEvent,
  isSnsEvent,
  isSqsEvent,
  isSqsFifoEvent,
} from '../../packages/adapter-aws/src/detect.js';
import { sourceOf } from '../../packages/adapter-aws/src/event-sources.js';
import { recordingDefinition } from '../helpers/definitions.js';
import { listOwnFixtures, ownFixtureName, readJson } from '../helpers/fixtures.js';

type Kind = keyof typeof capabilities.triggers;

/** How a declared source is recognised: its fixture folder and the adapter's predicate for it. */
const PLACES: Record<string, { folder: string; places: (e: unknown) => boolean }> = {
  'apigw-v2': { folder: 'http-apigw-v2', places: (e) => isApiGatewayV2Event(e) && !isFunctionUrlEvent(e) },
  'function-url': { folder: 'http-function-url', places: isFunctionUrlEvent },
  'function-url-stream': { folder: 'http-function-url', places: isFunctionUrlEvent },
  'apigw-v1': { folder: 'http-apigw-v1', places: (e) => isApiGatewayV1Event(e) && !isAlbEvent(e) },
  'alb-multi': { folder: 'http-alb', places: isAlbMultiValueEvent },
  alb: { folder: 'http-alb', places: (e) => isAlbEvent(e) && !isAlbMultiValueEvent(e) },
  cloudfront: { folder: 'http-lambda-edge', places: isCloudFrontEvent },
  sqs: { folder: 'queue-sqs', places: (e) => isSqsEvent(e) && !isSqsFifoEvent(e) },
  'sqs-fifo': { folder: 'queue-sqs', places: isSqsFifoEvent },
  sns: { folder: 'topic-sns', places: isSnsEvent },
  s3: { folder: 'storage-s3', places: isS3Event },
  's3-eventbridge': { folder: 'storage-s3', places: isEventBridgeS3Event },
  'eventbridge-schedule': { folder: 'schedule-eventbridge', places: isScheduledEvent },
  kinesis: { folder: 'stream-kinesis', places: isKinesisEvent },
  dynamodb: { folder: 'stream-dynamodb', places: isDynamoDbStreamEvent },
  eventbridge: {
    folder: 'event-eventbridge',
    places: (e) => isEventBridgeEvent(e) && !isScheduledEvent(e) && !isEventBridgeS3Event(e),
  },
};

const declared = Object.entries(capabilities.triggers).flatMap(([kind, trigger]) =>
  trigger.sources.map((source) => ({ kind: kind as Kind, id: source.id, level: source.support.level })),
);
const fixtures = listOwnFixtures('aws').map((path) => ({ name: ownFixtureName(path), event: readJson(path) }));
const context = createLambdaContext({ functionName: 'coverage', timeoutMs: 30_000 });

/** How many handler runs an event should give: one per record for Records batches, else one. */
function itemsOf(native: unknown): number {
  const records = (native as { Records?: unknown[] }).Records;
  return Array.isArray(records) ? records.length : 1;
}

function isTrap(name: string): boolean {
  return name.endsWith('-invalid-base64.json');
}

async function deliver(id: string, def: Definition, native: unknown): Promise<unknown> {
  if (id !== 'function-url-stream') return toLambda(def)(native, context);
  const runtime = installLambdaStreamingRuntime();
  try {
    const streamed = await runtime.invoke(toStreamingLambda(def), native, context);
    return { statusCode: fromStreamedInvocation(streamed).status };
  } finally {
    runtime.uninstall();
  }
}

describe('AWS own fixtures cover every declared source', () => {
  // The adapter logs the trap's 400 as a WARN line on stdout: keep it out of the test output.
  let write: MockInstance | undefined;
  beforeAll(() => {
    write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterAll(() => write?.mockRestore());

  it('the capabilities declare sources, each with a placement rule here', () => {
    expect(declared.length).toBeGreaterThanOrEqual(16);
    expect(declared.map((s) => s.id).filter((id) => !(id in PLACES))).toEqual([]);
  });

  it.each(declared.map((s) => [`${s.kind}/${s.id}`, s]))('%s', async (_title, source) => {
    const rule = PLACES[source.id];
    if (!rule) throw new Error(`no placement rule for the declared source ${source.kind}/${source.id}`);
    const placed = fixtures.filter((f) => f.name.startsWith(`aws/${rule.folder}/`) && rule.places(f.event));
    expect(
      placed.map((f) => f.name),
      `own fixtures of ${source.id} in ${rule.folder}`,
    ).not.toEqual([]);
    for (const fixture of placed) {
      const runs = { n: 0 };
      const delivery = deliver(
        source.id,
        recordingDefinition(source.kind, () => void runs.n++, 'rate(1 hour)'),
        fixture.event,
      );
      if (source.level === 'unsupported') {
        await expect(delivery, fixture.name).rejects.toThrow(UnsupportedEventError);
        expect(runs.n).toBe(0);
      } else if (isTrap(fixture.name)) {
        expect(await delivery).toMatchObject({ statusCode: 400 });
        expect(runs.n).toBe(0);
      } else {
        const result = (await delivery) as { statusCode?: number; batchItemFailures?: unknown[] } | undefined;
        if (source.kind === 'http') expect(result?.statusCode, fixture.name).toBe(200);
        if (result && 'batchItemFailures' in result) expect(result.batchItemFailures, fixture.name).toEqual([]);
        expect(runs.n, fixture.name).toBe(itemsOf(fixture.event));
      }
    }
  });

  it('every own fixture is placed as a declared source, or (folder other) named as a source faasport refuses', async () => {
    for (const fixture of fixtures) {
      const folder = fixture.name.split('/')[1];
      if (folder === 'other') {
        expect(sourceOf(fixture.event), fixture.name).toMatchObject({ supported: false });
        await expect(toLambda(event(() => {}))(fixture.event, context), fixture.name).rejects.toThrow(
          UnsupportedEventError,
        );
        continue;
      }
      const ids = declared.filter((s) => PLACES[s.id]?.folder === folder && PLACES[s.id]?.places(fixture.event));
      expect(ids.length, `${fixture.name} is placed as no declared source`).toBeGreaterThan(0);
    }
  });
});

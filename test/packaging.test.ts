// The published surface: exports maps, built ESM + CJS + types, and the pinned public API.
// Runs against `dist/` (npm test builds first), loading each package by name in a real Node process.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

interface ConditionMap {
  import: Record<string, string>;
  require: Record<string, string>;
}

/** The public API, pinned: a change here is a deliberate API change. */
const PUBLIC_API: Record<string, Record<string, string[]>> = {
  core: {
    '.': [
      'DefinitionError',
      'FaasportError',
      'HttpError',
      'InitError',
      'InvocationTimeoutError',
      'MalformedInputError',
      'PayloadTooLargeError',
      'ResponseError',
      'UnrecognizedEventError',
      'UnsupportedEventError',
      'ValidationError',
      'currentContext',
      'event',
      'http',
      'onInit',
      'onShutdown',
      'queue',
      'schedule',
      'storage',
      'stream',
      'topic',
    ],
    './adapter': [
      'DEFAULT_ABORT_MARGIN_MS',
      'DEFINITION',
      'FAIL_AT_DEADLINE',
      'REDACTED',
      'abortMarginOf',
      'coldStartFlag',
      'createContext',
      'createLazyRequest',
      'createLogger',
      'createMessage',
      'createScheduleEvent',
      'createStorageEvent',
      'createStreamRecord',
      'createTrace',
      'decodeBase64',
      'describeThrown',
      'encodeBase64',
      'errorResponse',
      'fromByteString',
      'initFor',
      'installFastResponse',
      'invoke',
      'isCloudEvent',
      'isDefinition',
      'isBinaryBody',
      'isBinaryContent',
      'isTextContentType',
      'logRequest',
      'outsideContext',
      'parseRequestLogMode',
      'parseSchedule',
      'parseTraceparent',
      'pendingInit',
      'readableError',
      'redactHeaders',
      'requestLogMode',
      'readStreamBytes',
      'runBatch',
      'runHttp',
      'runShutdown',
      'runWithContext',
      'setOwn',
      'shutdownOnSignal',
      'takeResponseParts',
      'toByteString',
      'validate',
      'watchDeadline',
    ],
    './capabilities': ['claimsOf', 'factsOf', 'limitsOf', 'sourcedOn'],
  },
  'adapter-aws': {
    '.': [
      'EventFailedError',
      'isAlbEvent',
      'isAlbMultiValueEvent',
      'isApiGatewayV1Event',
      'isApiGatewayV2Event',
      'isCloudFrontEvent',
      'isCloudWatchLogsEvent',
      'isDynamoDbStreamEvent',
      'isEventBridgeEvent',
      'isEventBridgeS3Event',
      'isFirehoseEvent',
      'isFunctionUrlEvent',
      'isKinesisEvent',
      'isS3Event',
      'isScheduledEvent',
      'isSesEvent',
      'isSnsEvent',
      'isSqsEvent',
      'isSqsFifoEvent',
      'toEventBridgeSchedule',
      'toLambda',
      'toStreamingLambda',
    ],
    './capabilities': ['capabilities'],
    './streaming': ['toStreamingLambda'],
    './testing': [
      'AWS_EVENT_SOURCES',
      'createLambdaContext',
      'encodeS3Key',
      'eventTransport',
      'fromLambdaResult',
      'fromStreamedInvocation',
      'installLambdaStreamingRuntime',
      'lambdaTransport',
      'sources',
      'toAlbEvent',
      'toApiGatewayV1Event',
      'toApiGatewayV2Event',
      'toAttributeMap',
      'toAttributeValue',
      'toDynamoDbStreamEvent',
      'toEventBridgeEvent',
      'toEventBridgeS3Event',
      'toFunctionUrlEvent',
      'toKinesisEvent',
      'toS3Event',
      'toScheduledEvent',
      'toSnsEvent',
      'toSqsEvent',
    ],
  },
  'adapter-gcp': {
    '.': ['BodyUnavailableError', 'EventFailedError', 'register', 'toCloudFunction', 'toCloudSchedulerCron'],
    './capabilities': ['capabilities'],
    './testing': [
      'GCP_EVENT_SOURCES',
      'cloudFunctionTransport',
      'eventTransport',
      'sources',
      'toBinaryCloudEventRequest',
      'toFirestoreCloudEvent',
      'toFirestoreValue',
      'toPubSubCloudEvent',
      'toPubSubPushBody',
      'toSchedulerRequest',
      'toStorageCloudEvent',
      'toStructuredCloudEventRequest',
    ],
  },
  'adapter-azure': {
    '.': ['EventFailedError', 'HandlerFailedError', 'register', 'toAzureHandler', 'toNcrontab'],
    './capabilities': ['capabilities'],
    './streaming': ['enableHttpStreaming'],
    './testing': [
      'AZURE_EVENT_SOURCES',
      'azureTransport',
      'blobDelivery',
      'captureRegistration',
      'cosmosDbDelivery',
      'createHttpInvoker',
      'createInvocationContext',
      'eventGridDelivery',
      'eventHubsDelivery',
      'eventTransport',
      'fireHooks',
      'fromHttpResponse',
      'invokeRegistered',
      'kindsOfTrigger',
      'serviceBusBatchDelivery',
      'serviceBusDelivery',
      'sources',
      'storageQueueDelivery',
      'timerDelivery',
      'toBlobTrigger',
      'toCosmosDbTrigger',
      'toEventGridBlobEvent',
      'toEventGridSchema',
      'toEventGridTrigger',
      'toEventGridWebhookRequest',
      'toEventHubsTrigger',
      'toHeaderRecord',
      'toHttpRequest',
      'toQueryRecord',
      'toServiceBusBatchTrigger',
      'toServiceBusTrigger',
      'toSetCookieHeader',
      'toStorageQueueTrigger',
      'toSubscriptionValidationRequest',
      'toTimerTrigger',
      'toTriggerCall',
    ],
  },
  cli: {
    '.': [
      'EntryLoadError',
      'EventRefusedError',
      'UsageError',
      'loadEntry',
      'parseArgs',
      'resolveEntry',
      'startDevServer',
      'stringFlag',
    ],
  },
};

function readPackage(dir: string) {
  return JSON.parse(readFileSync(join(repoRoot, 'packages', dir, 'package.json'), 'utf8')) as {
    name: string;
    sideEffects: boolean;
    exports: Record<string, ConditionMap | string>;
    dependencies?: Record<string, string>;
  };
}

function exportNames(specifier: string, mode: 'esm' | 'cjs'): string[] {
  const script =
    mode === 'esm'
      ? `const m = await import(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(m).sort()))`
      : `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)})).sort()))`;
  const args = mode === 'esm' ? ['--input-type=module', '-e', script] : ['-e', script];
  return JSON.parse(execFileSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' })) as string[];
}

describe.each(Object.keys(PUBLIC_API))('package %s', (dir) => {
  const pkg = readPackage(dir);

  it('is side-effect free and lists types first in every condition', () => {
    expect(pkg.sideEffects).toBe(false);
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'string') continue;
      for (const mode of ['import', 'require'] as const) {
        expect(Object.keys(target[mode])[0], `${path} ${mode}`).toBe('types');
        for (const file of Object.values(target[mode])) {
          expect(
            existsSync(join(repoRoot, 'packages', dir, file)),
            `${path} ${mode} → ${file} (run npm run build)`,
          ).toBe(true);
        }
      }
    }
  });

  it.each(Object.entries(PUBLIC_API[dir] ?? {}))('entry %s has the pinned API in ESM and CJS', (entry, names) => {
    const specifier = entry === '.' ? pkg.name : `${pkg.name}/${entry.slice(2)}`;
    expect(exportNames(specifier, 'esm')).toEqual([...names].sort());
    expect(exportNames(specifier, 'cjs')).toEqual([...names].sort());
  });
});

describe('@faasport/core', () => {
  it('has no runtime dependencies', () => {
    expect(readPackage('core').dependencies ?? {}).toEqual({});
  });
});

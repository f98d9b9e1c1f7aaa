// The event transports every scenario runs through: `local` (the definition's handler called
// directly with values built by core's own constructors, the reference) and each adapter's
// `eventTransport()` from its `./testing` export.
import { randomUUID } from 'node:crypto';
import { eventTransport as awsEventTransport } from '@faasport/adapter-aws/testing';
import { eventTransport as azureEventTransport } from '@faasport/adapter-azure/testing';
import { eventTransport as gcpEventTransport } from '@faasport/adapter-gcp/testing';
import type { Context, Provider } from '@faasport/core';
import {
  coldStartFlag,
  createContext,
  createLogger,
  createMessage,
  createScheduleEvent,
  createStorageEvent,
  createStreamRecord,
  type DeliveryReport,
  type EventInput,
  type EventTransport,
  validate,
} from '@faasport/core/adapter';
import type { EventDefinition } from './events/shared.js';

/** Makes a fresh event transport. */
export interface EventTransportFactory {
  readonly name: 'local' | 'aws' | 'gcp' | 'azure';
  /** What `ctx.provider` must be inside the handler. */
  readonly provider: Provider;
  create(): EventTransport;
}

/** Log lines the local transport wrote, newest last. */
export const localEventLogLines: string[] = [];

const utf8 = new TextEncoder();
const isCold = coldStartFlag();

function localContext(raw: unknown): Context & { dispose(): void } {
  const invocationId = randomUUID();
  const log = createLogger({ format: 'json', invocationId, sink: (_level, line) => localEventLogLines.push(line) });
  return createContext({ provider: 'local', functionName: 'conformance', invocationId, coldStart: isCold(), log, raw });
}

// Every definition's handler takes (normalized value, ctx); the union of their types cannot be called directly.
function invoke(def: EventDefinition, value: unknown, ctx: Context): void | Promise<void> {
  return (def.handler as (v: unknown, c: Context) => void | Promise<void>).call(def, value, ctx);
}

/** One handler call to make: the input id and how to run it. */
type Call = readonly [id: string, run: (ctx: Context) => Promise<void>];

function callsOf(def: EventDefinition, input: EventInput): Call[] {
  const now = new Date();
  switch (input.kind) {
    case 'message':
      return input.messages.map((m) => [
        m.id,
        async (ctx) => {
          const body = typeof m.body === 'string' ? utf8.encode(m.body) : m.body;
          const init = {
            id: m.id,
            body,
            attributes: { ...m.attributes },
            deliveryCount: m.deliveryCount ?? 1,
            publishedAt: m.publishedAt ?? now,
            source: 'local',
            ...(m.groupId === undefined ? {} : { groupId: m.groupId }),
            type: 'dev.faasport.local.message',
            raw: m,
          };
          const schema = def.kind === 'queue' || def.kind === 'topic' ? def.options.schema : undefined;
          await invoke(def, await createMessage(init, schema), ctx);
        },
      ]);
    case 'storage':
      return input.events.map((e) => [
        e.id,
        async (ctx) => {
          const { id, time, ...rest } = e;
          const origin = { id, source: `local:${e.bucket}`, type: `dev.faasport.local.storage.${e.kind}` };
          const ev = createStorageEvent({ ...rest, time: time ?? now, raw: e }, origin);
          await invoke(def, ev, ctx);
        },
      ]);
    case 'schedule':
      return [
        [
          input.time.toISOString(),
          async (ctx) => {
            const origin = { id: randomUUID(), source: 'local:schedule', type: 'dev.faasport.local.schedule' };
            const init = {
              scheduledTime: input.time,
              raw: input,
              ...(input.schedule ? { schedule: input.schedule } : {}),
            };
            await invoke(def, createScheduleEvent(init, origin), ctx);
          },
        ],
      ];
    case 'stream':
      return input.records.map((r, i) => [
        r.id,
        async (ctx) => {
          const { data, time, ...rest } = r;
          const init = {
            ...rest,
            sequence: String(i + 1),
            time: time ?? now,
            source: 'local',
            raw: r,
            ...(data === undefined ? {} : { data: typeof data === 'string' ? utf8.encode(data) : data }),
          };
          const rec = createStreamRecord(init, 'dev.faasport.local.stream');
          await invoke(def, rec, ctx);
        },
      ]);
    case 'event':
      return input.events.map((ce) => [
        ce.id,
        async (ctx) => {
          const schema = def.kind === 'event' ? def.options.schema : undefined;
          const data = schema ? await validate(schema, ce.data, `CloudEvent ${ce.id}`) : ce.data;
          await invoke(def, { ...ce, data }, ctx);
        },
      ]);
  }
}

/**
 * The reference transport: calls the handler once per input with core-built values and settles
 * per message (a throw redelivers that input, success acknowledges it).
 *
 * @example
 * const report = await localEventTransport().deliver(def, { kind: 'message', messages }, 'queue')
 */
export function localEventTransport(): EventTransport {
  return {
    name: 'local',
    sources: {
      queue: ['queue'],
      topic: ['topic'],
      storage: ['storage'],
      schedule: ['schedule'],
      stream: ['stream'],
      event: ['event'],
    },
    async deliver(def, input): Promise<DeliveryReport> {
      const report: DeliveryReport = { acknowledged: [], redelivered: [], results: [] };
      for (const [id, run] of callsOf(def, input)) {
        const ctx = localContext(input);
        try {
          await run(ctx);
          report.acknowledged.push(id);
          report.results.push({ id, ok: true });
        } catch (error) {
          ctx.log.error('Message failed', { messageId: id, error });
          report.redelivered.push(id);
          report.results.push({ id, error });
        } finally {
          ctx.dispose();
        }
      }
      return report;
    },
    async close() {},
  };
}

const noop = () => true;

/**
 * Runs `fn` with the adapters' log output (planned failures log an error each) kept off the test
 * report: console and process stdout/stderr writes are dropped until it settles.
 *
 * @example
 * const report = await quietly(() => transport.deliver(def, input, 'sqs'))
 */
export async function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const saved = [console.log, console.info, console.warn, console.error, console.debug] as const;
  const writes = [process.stdout.write, process.stderr.write] as const;
  console.log = console.info = console.warn = console.error = console.debug = noop;
  process.stdout.write = process.stderr.write = noop as typeof process.stdout.write;
  try {
    return await fn();
  } finally {
    [console.log, console.info, console.warn, console.error, console.debug] = saved;
    [process.stdout.write, process.stderr.write] = writes;
  }
}

/** Every event transport, `local` first. */
export const eventTransportFactories: readonly EventTransportFactory[] = [
  { name: 'local', provider: 'local', create: localEventTransport },
  { name: 'aws', provider: 'aws', create: () => awsEventTransport() },
  { name: 'gcp', provider: 'gcp', create: () => gcpEventTransport({ logSink: () => {} }) },
  { name: 'azure', provider: 'azure', create: () => azureEventTransport() },
];

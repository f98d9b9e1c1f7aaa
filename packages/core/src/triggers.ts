import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { CloudEvent } from './cloud-event.js';
import type { Context } from './context.js';
import type { TimingOptions } from './deadline.js';
import { type BaseDefinition, DEFINITION } from './definition.js';
import { DefinitionError } from './errors.js';
import type { ScheduleEvent, StorageEvent, StreamRecord } from './events.js';
import type { Message } from './message.js';
import { parseSchedule, type ScheduleSpec } from './schedule-expression.js';
import type { Schema } from './schema.js';

/** Handler of one message. Throwing fails the message (it is retried, never acknowledged). */
export type MessageHandler<T = unknown> = (msg: Message<T>, ctx: Context) => void | Promise<void>;

/** Options of `queue` and `topic`. */
export interface MessageOptions<T = unknown> extends TimingOptions {
  /** A Standard Schema (zod, valibot, arktype…) that validates and types `msg.data`. */
  readonly schema?: Schema<T>;
}

/** A queue consumer (SQS, Pub/Sub push, Storage Queue, Service Bus queue). */
export interface QueueDefinition<T = unknown> extends BaseDefinition<'queue'> {
  handler(msg: Message<T>, ctx: Context): void | Promise<void>;
  readonly options: MessageOptions<T>;
}

/** A topic subscriber (SNS, Pub/Sub, Service Bus topic, Event Grid). */
export interface TopicDefinition<T = unknown> extends BaseDefinition<'topic'> {
  handler(msg: Message<T>, ctx: Context): void | Promise<void>;
  readonly options: MessageOptions<T>;
}

/** Options of `storage`. */
export interface StorageOptions extends TimingOptions {}
/** Handler of one storage event. */
export type StorageHandler = (ev: StorageEvent, ctx: Context) => void | Promise<void>;
/** An object-storage trigger (S3, Cloud Storage, Blob). */
export interface StorageDefinition extends BaseDefinition<'storage'> {
  handler(ev: StorageEvent, ctx: Context): void | Promise<void>;
  readonly options: StorageOptions;
}

/** Handler of a scheduled tick. */
export type ScheduleHandler = (ev: ScheduleEvent, ctx: Context) => void | Promise<void>;
/** A scheduled function; `schedule` is parsed once and translated per provider at build time. */
export interface ScheduleDefinition extends BaseDefinition<'schedule'> {
  readonly schedule: ScheduleSpec;
  handler(ev: ScheduleEvent, ctx: Context): void | Promise<void>;
  readonly options: TimingOptions;
}

/** Options of `stream`. */
export interface StreamOptions extends TimingOptions {}
/** Handler of one stream record; called in order. Throwing stops the batch at this record. */
export type StreamHandler = (rec: StreamRecord, ctx: Context) => void | Promise<void>;
/** A data-stream or change-feed consumer (Kinesis, DynamoDB Streams, Event Hubs, Cosmos DB). */
export interface StreamDefinition extends BaseDefinition<'stream'> {
  handler(rec: StreamRecord, ctx: Context): void | Promise<void>;
  readonly options: StreamOptions;
}

/** Options of `event`. */
export interface EventOptions<T = unknown> extends TimingOptions {
  /** Validates and types `ce.data`. */
  readonly schema?: Schema<T>;
}
/** Handler of one CloudEvent. */
export type EventHandler<T = unknown> = (ce: CloudEvent<T>, ctx: Context) => void | Promise<void>;
/** A generic event consumer (EventBridge, Eventarc, Event Grid). */
export interface EventDefinition<T = unknown> extends BaseDefinition<'event'> {
  handler(ce: CloudEvent<T>, ctx: Context): void | Promise<void>;
  readonly options: EventOptions<T>;
}

// What the handler sees: the schema's *output* (after zod transforms, valibot pipes…), not its input. Inferred from
// the whole StandardSchemaV1 shape, so a hand-written schema without `types` is typed by what `validate` returns.
type Out<S> = S extends StandardSchemaV1<unknown, infer O> ? O : unknown;

function split<O extends object, H>(kind: string, a: O | H, b?: H): [O, H] {
  const [options, handler] = b === undefined ? [{} as O, a as H] : [a as O, b];
  if (typeof handler !== 'function') throw new DefinitionError(`${kind}() expects a handler function`);
  if (typeof options !== 'object' || options === null) throw new DefinitionError(`${kind}() options must be an object`);
  return [options, handler];
}

/**
 * Defines a queue consumer: one handler call per message; a thrown error fails only that message.
 *
 * @example
 * export const orders = queue({ schema: Order }, async (msg) => { await save(msg.data) })
 */
export function queue<T = unknown>(handler: MessageHandler<T>): QueueDefinition<T>;
export function queue<S extends Schema>(
  options: MessageOptions<Out<S>> & { schema: S },
  handler: MessageHandler<Out<S>>,
): QueueDefinition<Out<S>>;
export function queue<T = unknown>(options: MessageOptions<T>, handler: MessageHandler<T>): QueueDefinition<T>;
export function queue(a: MessageOptions | MessageHandler, b?: MessageHandler): QueueDefinition {
  const [options, handler] = split<MessageOptions, MessageHandler>('queue', a, b);
  return { [DEFINITION]: true, kind: 'queue', handler, options };
}

/**
 * Defines a topic subscriber: one handler call per message.
 *
 * @example
 * export const alerts = topic(async (msg, ctx) => ctx.log.info('reading', { data: msg.data }))
 */
export function topic<T = unknown>(handler: MessageHandler<T>): TopicDefinition<T>;
export function topic<S extends Schema>(
  options: MessageOptions<Out<S>> & { schema: S },
  handler: MessageHandler<Out<S>>,
): TopicDefinition<Out<S>>;
export function topic<T = unknown>(options: MessageOptions<T>, handler: MessageHandler<T>): TopicDefinition<T>;
export function topic(a: MessageOptions | MessageHandler, b?: MessageHandler): TopicDefinition {
  const [options, handler] = split<MessageOptions, MessageHandler>('topic', a, b);
  return { [DEFINITION]: true, kind: 'topic', handler, options };
}

/**
 * Defines an object-storage trigger.
 *
 * @example
 * export const uploads = storage(async (ev) => { if (ev.kind === 'created') await thumbnail(ev.bucket, ev.key) })
 */
export function storage(handler: StorageHandler): StorageDefinition;
export function storage(options: StorageOptions, handler: StorageHandler): StorageDefinition;
export function storage(a: StorageOptions | StorageHandler, b?: StorageHandler): StorageDefinition {
  const [options, handler] = split<StorageOptions, StorageHandler>('storage', a, b);
  return { [DEFINITION]: true, kind: 'storage', handler, options };
}

/**
 * Defines a scheduled function from `rate(N minutes|hours|days)` or a 5-field cron (UTC).
 *
 * @example
 * export const nightly = schedule('0 3 * * *', async (ev) => report(ev.scheduledTime))
 */
export function schedule(
  expression: string,
  handler: ScheduleHandler,
  options: TimingOptions = {},
): ScheduleDefinition {
  if (typeof handler !== 'function') throw new DefinitionError('schedule() expects a handler function');
  return { [DEFINITION]: true, kind: 'schedule', schedule: parseSchedule(expression), handler, options };
}

/**
 * Defines a stream consumer: records in order; a failure stops the batch there so the platform resumes at it.
 *
 * @example
 * export const logs = stream(async (rec) => scan(new TextDecoder().decode(rec.data)))
 */
export function stream(handler: StreamHandler): StreamDefinition;
export function stream(options: StreamOptions, handler: StreamHandler): StreamDefinition;
export function stream(a: StreamOptions | StreamHandler, b?: StreamHandler): StreamDefinition {
  const [options, handler] = split<StreamOptions, StreamHandler>('stream', a, b);
  return { [DEFINITION]: true, kind: 'stream', handler, options };
}

/**
 * Defines a CloudEvents consumer (EventBridge custom events, Eventarc, Event Grid).
 *
 * @example
 * export const audit = event(async (ce) => console.log(ce.type, ce.subject))
 */
export function event<T = unknown>(handler: EventHandler<T>): EventDefinition<T>;
export function event<S extends Schema>(
  options: EventOptions<Out<S>> & { schema: S },
  handler: EventHandler<Out<S>>,
): EventDefinition<Out<S>>;
export function event<T = unknown>(options: EventOptions<T>, handler: EventHandler<T>): EventDefinition<T>;
export function event(a: EventOptions | EventHandler, b?: EventHandler): EventDefinition {
  const [options, handler] = split<EventOptions, EventHandler>('event', a, b);
  return { [DEFINITION]: true, kind: 'event', handler, options };
}

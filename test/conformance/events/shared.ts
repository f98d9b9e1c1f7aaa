// What the event scenario files share: the scenario types, the plain-JSON snapshot of what a
// handler received ("seen"), and definitions that record every call and fail on a marker.
import {
  type CloudEvent,
  type Context,
  type Definition,
  event,
  type HttpDefinition,
  type Message,
  type Normalized,
  queue,
  type ScheduleEvent,
  type Schema,
  type StorageEvent,
  type StreamRecord,
  schedule,
  storage,
  stream,
  topic,
} from '@faasport/core';
import type { EventInput } from '@faasport/core/adapter';
import { isCloudEvent } from '@faasport/core/adapter';

/** Any event definition. */
export type EventDefinition = Exclude<Definition, HttpDefinition>;
/** A trigger kind with events. */
export type EventKind = EventDefinition['kind'];
/** `<transport>:<source>`, e.g. `aws:sqs-fifo`, `azure:service-bus-many`, `local:queue`. */
export type SourceKey = `${'local' | 'aws' | 'gcp' | 'azure'}:${string}`;

/** What a handler received, as plain JSON: fields a scenario expects are compared deep-equal. */
export type Seen = Record<string, unknown>;
/** Receives one snapshot per handler call, in call order. */
export type Observe = (seen: Seen) => void;

/** The delivery a scenario expects, whatever the source (the source's settle rule does the rest). */
export interface EventExpectation {
  /** Per input id that reaches the handler: the fields it must have seen. */
  readonly seen: Readonly<Record<string, Seen>>;
  /** Input ids whose delivery fails: the handler throws (marker `FAIL`), or the input is refused. */
  readonly failing?: readonly string[];
  /** Input ids refused before the handler runs (schema mismatch): never seen, always redelivered. */
  readonly refused?: readonly string[];
  /** A field that must strictly increase from call to call (numerically when it is a decimal number). */
  readonly increasing?: string;
}

/** What a source does instead of the expectation, and why it cannot do better. */
export interface EventLimitation {
  readonly reason: string;
  /** Fields of `seen` replaced per input id. */
  readonly seen?: Readonly<Record<string, Seen>>;
  /** Input ids the source refuses before the handler runs: never seen, redelivered (nothing lost). */
  readonly refused?: readonly string[];
  /** The transport refuses to build this input for the source: `deliver` rejects with this error. */
  readonly rejects?: { readonly name: string; readonly message: RegExp };
}

/** One event conformance scenario. */
export interface EventScenario {
  readonly id: string;
  readonly description: string;
  readonly kind: EventKind;
  readonly input: EventInput;
  /** A fresh recording definition for one run. */
  define(observe: Observe): EventDefinition;
  readonly expect: EventExpectation;
  readonly limitations?: Readonly<Partial<Record<SourceKey, EventLimitation>>>;
}

/** The marker that makes a recording handler throw. */
export const FAIL = 'FAIL';

const utf8 = new TextEncoder();

/** What a recording handler does besides recording: `act` may throw, and its error is recorded. */
export interface Plan<V> {
  readonly act?: (value: V) => unknown;
  readonly fails?: (value: V) => boolean;
}

function errorOf(error: unknown): Seen {
  const e = error as { name?: unknown; code?: unknown; message?: unknown };
  return { name: e?.name ?? null, code: e?.code ?? null, message: String(e?.message ?? error) };
}

function contextOf(ctx: Context): Seen {
  return { provider: ctx.provider, invocationId: ctx.invocationId !== '', ctxRaw: ctx.raw != null };
}

function cloudEventOf(value: Normalized): Seen {
  try {
    const ce = value.toCloudEvent();
    const data = ce.data_base64 === undefined ? ce.data : { base64: ce.data_base64 };
    return { valid: isCloudEvent(ce), id: ce.id, type: ce.type, subject: ce.subject ?? null, data: data ?? null };
  } catch (error) {
    return { valid: false, error: errorOf(error) };
  }
}

function iso(date: Date): string {
  return Number.isNaN(date.getTime()) ? `invalid date ${String(date)}` : date.toISOString();
}

function base64(bytes: Uint8Array | undefined): string | null {
  return bytes === undefined ? null : Buffer.from(bytes).toString('base64');
}

/**
 * The snapshot of a message: every normalized field, the context and the CloudEvent view.
 *
 * @example
 * seeMessage(msg, ctx).text // 'hello'
 */
export function seeMessage(msg: Message, ctx: Context): Seen {
  return {
    id: msg.id,
    text: msg.text(),
    body: base64(msg.body),
    data: msg.data,
    attributes: { ...msg.attributes },
    deliveryCount: msg.deliveryCount,
    groupId: msg.groupId ?? null,
    publishedAt: iso(msg.publishedAt),
    source: msg.source,
    raw: msg.raw != null,
    cloudEvent: cloudEventOf(msg),
    ...contextOf(ctx),
  };
}

/**
 * The snapshot of a storage event.
 *
 * @example
 * seeStorage(ev, ctx).key // 'photos/a b.jpg'
 */
export function seeStorage(ev: StorageEvent, ctx: Context): Seen {
  return {
    kind: ev.kind,
    bucket: ev.bucket,
    key: ev.key,
    size: ev.size ?? null,
    etag: ev.etag ?? null,
    contentType: ev.contentType ?? null,
    time: iso(ev.time),
    raw: ev.raw != null,
    cloudEvent: cloudEventOf(ev),
    ...contextOf(ctx),
  };
}

/**
 * The snapshot of a scheduled tick.
 *
 * @example
 * seeSchedule(ev, ctx).scheduledTime // '2026-03-01T03:00:00.000Z'
 */
export function seeSchedule(ev: ScheduleEvent, ctx: Context): Seen {
  return {
    scheduledTime: iso(ev.scheduledTime),
    schedule: ev.schedule ?? null,
    isPastDue: ev.isPastDue ?? null,
    raw: ev.raw != null,
    cloudEvent: cloudEventOf(ev),
    ...contextOf(ctx),
  };
}

/**
 * The snapshot of a stream record; `data` as UTF-8 text and as base64.
 *
 * @example
 * seeStream(rec, ctx).partitionKey // 'sensor-1'
 */
export function seeStream(rec: StreamRecord, ctx: Context): Seen {
  const text = rec.data === undefined ? null : new TextDecoder().decode(rec.data);
  return {
    // The scenario's line wherever the source carries it: the bytes of a data stream, `newImage.line` of a change feed.
    line: text ?? (typeof rec.newImage?.line === 'string' ? rec.newImage.line : null),
    id: rec.id,
    sequence: rec.sequence,
    partitionKey: rec.partitionKey,
    data: base64(rec.data),
    text,
    change: rec.change ?? null,
    keys: rec.keys ?? null,
    newImage: rec.newImage ?? null,
    oldImage: rec.oldImage ?? null,
    time: iso(rec.time),
    source: rec.source,
    raw: rec.raw != null,
    cloudEvent: cloudEventOf(rec),
    ...contextOf(ctx),
  };
}

/**
 * The snapshot of a CloudEvent as the `event` handler got it.
 *
 * @example
 * seeCloudEvent(ce, ctx).type // 'com.example.order.placed'
 */
export function seeCloudEvent(ce: CloudEvent, ctx: Context): Seen {
  return {
    valid: isCloudEvent(ce),
    specversion: ce.specversion,
    id: ce.id,
    source: ce.source,
    type: ce.type,
    subject: ce.subject ?? null,
    time: ce.time ?? null,
    data: ce.data ?? null,
    ...contextOf(ctx),
  };
}

async function perform<V>(seen: Seen, value: V, plan: Plan<V>, fails: (value: V) => boolean): Promise<void> {
  if (plan.act) {
    try {
      await plan.act(value);
    } catch (error) {
      seen.threw = errorOf(error);
      throw error;
    }
  }
  if ((plan.fails ?? fails)(value)) throw new Error(`conformance: planned failure (${FAIL} marker)`);
}

const messageFails = (msg: Message) => msg.text().includes(FAIL);

/**
 * A queue definition that records each message and throws for bodies containing `FAIL`.
 *
 * @example
 * define: (observe) => recordQueue(observe)
 */
export function recordQueue<T>(observe: Observe, plan: Plan<Message<T>> = {}, schema?: Schema<T>): EventDefinition {
  return queue<T>(schema ? { schema } : {}, async (msg, ctx) => {
    const seen = seeMessage(msg, ctx);
    observe(seen);
    await perform(seen, msg, plan, messageFails);
  });
}

/**
 * A topic definition that records each message and throws for bodies containing `FAIL`.
 *
 * @example
 * define: (observe) => recordTopic(observe)
 */
export function recordTopic<T>(observe: Observe, plan: Plan<Message<T>> = {}, schema?: Schema<T>): EventDefinition {
  return topic<T>(schema ? { schema } : {}, async (msg, ctx) => {
    const seen = seeMessage(msg, ctx);
    observe(seen);
    await perform(seen, msg, plan, messageFails);
  });
}

/**
 * A storage definition that records each event and throws for keys containing `FAIL`.
 *
 * @example
 * define: (observe) => recordStorage(observe)
 */
export function recordStorage(observe: Observe): EventDefinition {
  return storage(async (ev, ctx) => {
    const seen = seeStorage(ev, ctx);
    observe(seen);
    await perform(seen, ev, {}, (e) => e.key.includes(FAIL));
  });
}

/**
 * A schedule definition that records each tick and throws when `fail` is set.
 *
 * @example
 * define: (observe) => recordSchedule(observe, 'rate(5 minutes)')
 */
export function recordSchedule(observe: Observe, expression: string, fail = false): EventDefinition {
  return schedule(expression, async (ev, ctx) => {
    const seen = seeSchedule(ev, ctx);
    observe(seen);
    await perform(seen, ev, {}, () => fail);
  });
}

const recordFails = (rec: StreamRecord) =>
  (rec.data !== undefined && new TextDecoder().decode(rec.data).includes(FAIL)) ||
  JSON.stringify([rec.keys, rec.newImage, rec.oldImage]).includes(FAIL);

/**
 * A stream definition that records each record and throws when its data or images contain `FAIL`.
 *
 * @example
 * define: (observe) => recordStream(observe)
 */
export function recordStream(observe: Observe): EventDefinition {
  return stream(async (rec, ctx) => {
    const seen = seeStream(rec, ctx);
    observe(seen);
    await perform(seen, rec, {}, recordFails);
  });
}

/**
 * An event definition that records each CloudEvent and throws when its data contains `FAIL`.
 *
 * @example
 * define: (observe) => recordEvent(observe)
 */
export function recordEvent<T>(observe: Observe, schema?: Schema<T>): EventDefinition {
  return event<T>(schema ? { schema } : {}, async (ce, ctx) => {
    const seen = seeCloudEvent(ce, ctx);
    observe(seen);
    await perform(seen, ce, {}, (c) => JSON.stringify(c.data ?? null).includes(FAIL));
  });
}

/**
 * A minimal Standard Schema (https://standardschema.dev) for `{ sku: string, qty: positive integer }`
 * whose output adds `total` (qty × 10): proves the handler sees the schema's output, not the raw JSON.
 *
 * @example
 * recordQueue(observe, {}, OrderSchema)
 */
export const OrderSchema: Schema<{ sku: string; qty: number; total: number }> = {
  '~standard': {
    version: 1,
    vendor: 'faasport-conformance',
    validate(value) {
      const v = value as { sku?: unknown; qty?: unknown } | null;
      if (typeof v !== 'object' || v === null) return { issues: [{ message: 'expected an object' }] };
      const issues: { message: string; path: PropertyKey[] }[] = [];
      if (typeof v.sku !== 'string' || v.sku === '') issues.push({ message: 'sku must be a string', path: ['sku'] });
      if (typeof v.qty !== 'number' || !Number.isInteger(v.qty) || v.qty <= 0) {
        issues.push({ message: 'qty must be a positive integer', path: ['qty'] });
      }
      if (issues.length > 0) return { issues };
      return { value: { sku: v.sku as string, qty: v.qty as number, total: (v.qty as number) * 10 } };
    },
  },
};

/**
 * UTF-8 bytes of a string.
 *
 * @example
 * bytes('é') // Uint8Array [195, 169]
 */
export function bytes(text: string): Uint8Array {
  return utf8.encode(text);
}

/**
 * Base64 of a string's UTF-8 bytes or of bytes.
 *
 * @example
 * b64('hi') // 'aGk='
 */
export function b64(value: string | Uint8Array): string {
  return Buffer.from(typeof value === 'string' ? utf8.encode(value) : value).toString('base64');
}

/** Fixed, whole-second instants: EventBridge, DynamoDB and Event Grid carry time to the second. */
export const T0 = new Date('2026-03-01T08:15:30.000Z');
export const T1 = new Date('2026-03-01T08:16:00.000Z');

import { randomUUID } from 'node:crypto';
import type { CloudEvent, Context, Definition, HttpDefinition } from '@faasport/core';
import {
  type BatchItem,
  type BatchMode,
  createMessage,
  createScheduleEvent,
  createStorageEvent,
  createStreamRecord,
  type EventInput,
  invoke,
  runBatch,
  validate,
} from '@faasport/core/adapter';
import { EventRefusedError } from './errors.js';
import type { FireResult } from './fire-result.js';
import { createLocalContext } from './local-context.js';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;

/** The normalized input kind each definition kind takes. */
export const INPUT_KIND = {
  queue: 'message',
  topic: 'message',
  storage: 'storage',
  schedule: 'schedule',
  stream: 'stream',
  event: 'event',
} as const;

const bytes = (v: string | Uint8Array | undefined): Uint8Array =>
  typeof v === 'string' ? new TextEncoder().encode(v) : (v ?? new Uint8Array(0));

function itemsOf(name: string, def: EventKindDefinition, input: EventInput): BatchItem<unknown>[] {
  const now = new Date();
  switch (input.kind) {
    case 'message': {
      const schema = (def as { options: { schema?: Parameters<typeof createMessage>[1] } }).options.schema;
      return input.messages.map((m) => ({
        id: m.id,
        ...(m.groupId === undefined ? {} : { group: m.groupId }),
        load: () =>
          createMessage(
            {
              id: m.id,
              body: bytes(m.body),
              attributes: m.attributes ?? {},
              deliveryCount: m.deliveryCount ?? 1,
              publishedAt: m.publishedAt ?? now,
              source: `local:${name}`,
              ...(m.groupId === undefined ? {} : { groupId: m.groupId }),
              type: `faasport.local.${def.kind}.message`,
              raw: m,
            },
            schema,
          ),
      }));
    }
    case 'storage':
      return input.events.map((e) => ({
        id: e.id,
        load: () =>
          createStorageEvent(
            { ...e, time: e.time ?? now, raw: e },
            { id: e.id, source: `local:${e.bucket}`, type: `faasport.local.storage.${e.kind}` },
          ),
      }));
    case 'schedule': {
      const id = input.time.toISOString();
      const schedule = input.schedule ?? (def.kind === 'schedule' ? def.schedule.expression : undefined);
      return [
        {
          id,
          load: () =>
            createScheduleEvent(
              { scheduledTime: input.time, ...(schedule ? { schedule } : {}), raw: input },
              { id, source: `local:${name}`, type: 'faasport.local.schedule' },
            ),
        },
      ];
    }
    case 'stream':
      return input.records.map((r, i) => ({
        id: r.id,
        load: () => {
          const { data, time, ...rest } = r;
          return createStreamRecord(
            {
              ...rest,
              sequence: String(i + 1),
              ...(data === undefined ? {} : { data: bytes(data) }),
              time: time ?? now,
              source: `local:${name}`,
              raw: r,
            },
            'faasport.local.stream.record',
          );
        },
      }));
    case 'event': {
      const schema = (def as { options: { schema?: Parameters<typeof validate>[0] } }).options.schema;
      return input.events.map((ce) => ({
        id: ce.id,
        load: async (): Promise<CloudEvent> =>
          schema ? { ...ce, data: await validate(schema, ce.data, `event ${ce.id}`) } : ce,
      }));
    }
  }
}

function modeOf(def: EventKindDefinition, input: EventInput): BatchMode {
  if (def.kind === 'stream') return 'stop-at-first';
  if (input.kind === 'message' && input.messages.some((m) => m.groupId !== undefined)) return 'fifo';
  return 'independent';
}

/**
 * Delivers a normalized event to a definition with no provider in between: one handler call per item
 * with a `local` context, queue messages independent (FIFO per `groupId` when given), stream records
 * stopping at the first failure (it and the rest are redelivered), as the platforms settle them.
 *
 * @example
 * await deliverLocal('orders', orders, { kind: 'message', messages: [{ id: '1', body: '{}' }] }, true)
 */
export async function deliverLocal(
  name: string,
  def: EventKindDefinition,
  input: EventInput,
  coldStart: boolean,
): Promise<FireResult> {
  if (INPUT_KIND[def.kind] !== input.kind) {
    throw new EventRefusedError(
      `${name} is a '${def.kind}' definition; it takes '${INPUT_KIND[def.kind]}' events, not '${input.kind}'`,
    );
  }
  const invocationId = randomUUID();
  const ctx = createLocalContext({
    functionName: name,
    invocationId,
    coldStart,
    raw: input,
    ...(def.options.timeoutSeconds === undefined ? {} : { timeoutSeconds: def.options.timeoutSeconds }),
  });
  const handle = (value: unknown) => (def.handler as (v: unknown, c: Context) => void | Promise<void>)(value, ctx);
  // Core's engine, as on every cloud: onInit first, the context current, the deadline watched and logged.
  const result = await invoke({
    context: ctx,
    run: () => runBatch(itemsOf(name, def, input), handle, modeOf(def, input), ctx),
    deadline: {},
  });
  const redelivered = [...result.failed, ...result.skipped.filter((id) => !result.failed.includes(id))];
  return {
    function: name,
    provider: 'local',
    via: 'local',
    outcome: redelivered.length === 0 ? 'ok' : result.succeeded.length === 0 ? 'failed' : 'partial',
    acknowledged: result.succeeded,
    redelivered,
    results: [{ invocationId, ...result }],
  };
}

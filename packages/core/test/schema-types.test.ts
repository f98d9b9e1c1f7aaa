// Type test: compiled by `npm run typecheck`. If inference from a Standard Schema breaks (msg.data becomes
// `unknown` or `any`), the `expectTypeOf` lines or the unused `@ts-expect-error` lines fail tsc. The runtime
// assertions check that the same zod schemas also validate through core (zod 4 is a Standard Schema v1).
import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../src/errors.js';
import { createMessage, type Message } from '../src/message.js';
import { type Schema, validate } from '../src/schema.js';
import { event, type QueueDefinition, queue, topic } from '../src/triggers.js';

const Order = z.object({ id: z.string(), qty: z.number().int() });
// Output differs from input: the handler sees the output (a Date), not the JSON string.
const Reading = z.object({ at: z.iso.datetime().transform((s) => new Date(s)) });

const init = (text: string) => ({
  id: 'm-1',
  text,
  attributes: {},
  deliveryCount: 1,
  publishedAt: new Date(0),
  source: 'test',
  type: 'test.message',
  raw: null,
});

describe('msg.data is typed from a zod schema', () => {
  it('queue: the output type of z.object', async () => {
    const def = queue({ schema: z.object({ id: z.string() }) }, async (msg) => {
      expectTypeOf(msg.data).toEqualTypeOf<{ id: string }>();
      expectTypeOf(msg.data.id).toEqualTypeOf<string>();
      // @ts-expect-error: no such field on the schema's output
      void msg.data.missing;
      // @ts-expect-error: id is a string, not a number
      const n: number = msg.data.id;
      void n;
    });
    expectTypeOf(def).toEqualTypeOf<QueueDefinition<{ id: string }>>();
    const msg = await createMessage(init('{"id":"a","extra":1}'), def.options.schema);
    expect(msg.data).toEqual({ id: 'a' });
  });

  it('topic: a transform gives the handler its output type', async () => {
    const seen: Date[] = [];
    const def = topic({ schema: Reading, timeoutSeconds: 5 }, async (msg) => {
      expectTypeOf(msg.data.at).toEqualTypeOf<Date>();
      // @ts-expect-error: at is a Date after the transform, not the input string (never called)
      const asText = () => msg.data.at.toUpperCase();
      void asText;
      seen.push(msg.data.at);
    });
    const msg = await createMessage(init('{"at":"2024-05-01T12:00:00Z"}'), def.options.schema);
    await def.handler(msg, {} as never);
    expect(seen).toEqual([new Date('2024-05-01T12:00:00Z')]);
  });

  it('event: ce.data is the schema output (optional, as on every CloudEvent)', () => {
    event({ schema: Order }, async (ce) => {
      expectTypeOf(ce.data).toEqualTypeOf<{ id: string; qty: number } | undefined>();
      // @ts-expect-error: qty is a number (never called)
      const asText = () => ce.data?.qty.trim();
      void asText;
    });
  });

  it('without a schema, msg.data is unknown', () => {
    queue(async (msg) => {
      expectTypeOf(msg).toEqualTypeOf<Message<unknown>>();
      // @ts-expect-error: unknown has no fields
      void msg.data.id;
    });
  });

  it('a zod schema is a core Schema of its output', async () => {
    expectTypeOf(Order).toExtend<Schema<{ id: string; qty: number }>>();
    // @ts-expect-error: the output has no `name`
    const wrong: Schema<{ name: string }> = Order;
    void wrong;
    const error = await validate(Order, { id: 'a', qty: 1.5 }, 'message 9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([['qty']]);
  });
});

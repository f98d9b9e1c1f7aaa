import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Definition } from '../src/definition.js';
import { isDefinition } from '../src/definition.js';
import { DefinitionError } from '../src/errors.js';
import { event, queue, schedule, storage, stream, topic } from '../src/triggers.js';
import { qtySchema } from './helpers/context.js';

const noop = async () => {};

describe('trigger constructors', () => {
  it('build branded definitions of their kind, with or without options', () => {
    const defs: Definition[] = [
      queue(noop),
      queue({ schema: qtySchema }, noop),
      topic(noop),
      storage(noop),
      storage({ timeoutSeconds: 30 }, noop),
      schedule('rate(5 minutes)', noop),
      stream(noop),
      event(noop),
    ];
    expect(defs.map((d) => d.kind)).toEqual([
      'queue',
      'queue',
      'topic',
      'storage',
      'storage',
      'schedule',
      'stream',
      'event',
    ]);
    expect(defs.every((d) => isDefinition(d))).toBe(true);
    expect(queue({ schema: qtySchema }, noop).options.schema).toBe(qtySchema);
  });

  it('types msg.data from the schema', () => {
    queue({ schema: qtySchema }, (msg) => {
      expectTypeOf(msg.data).toEqualTypeOf<{ qty: number }>();
    });
  });

  it('parses the schedule once, at definition time', () => {
    expect(schedule('0 3 * * *', noop).schedule).toMatchObject({ kind: 'cron', hour: '3' });
    expect(() => schedule('every day', noop)).toThrow(DefinitionError);
  });

  it('refuses a missing handler', () => {
    expect(() => queue({} as never)).toThrow(/queue\(\) expects a handler function/);
    expect(() => topic({ schema: qtySchema }, undefined as never)).toThrow(DefinitionError);
    expect(() => schedule('rate(1 day)', undefined as never)).toThrow(DefinitionError);
  });
});

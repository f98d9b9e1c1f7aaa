import { describe, expect, it } from 'vitest';
import { EventFailedError } from '../src/errors.js';
import { settleEach, toBatchResponse } from '../src/settle.js';
import { eventContext } from './helpers.js';

describe('toBatchResponse', () => {
  it('lists the failed ids in order, or nothing', () => {
    expect(toBatchResponse([])).toEqual({ batchItemFailures: [] });
    expect(toBatchResponse(['b', 'a'])).toEqual({
      batchItemFailures: [{ itemIdentifier: 'b' }, { itemIdentifier: 'a' }],
    });
  });
});

describe('settleEach', () => {
  it('runs every item even after a failure, then rejects with all failed ids and an AggregateError cause', async () => {
    const ran: string[] = [];
    const items = ['a', 'b', 'c'].map((id) => ({ id, load: () => id }));
    const { ctx, lines } = eventContext();
    const error = await settleEach(
      items,
      (v) => {
        ran.push(v);
        if (v !== 'b') throw new Error(`bad ${v}`);
      },
      ctx,
      'thing',
    ).catch((e: unknown) => e);
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(error).toBeInstanceOf(EventFailedError);
    expect((error as EventFailedError).failed).toEqual(['a', 'c']);
    expect((error as EventFailedError).cause).toBeInstanceOf(AggregateError);
    expect(lines.filter((l) => l.level === 'ERROR')).toHaveLength(2);
  });

  it('a load failure (bad input) fails that item; success resolves', async () => {
    const { ctx } = eventContext();
    const bad = {
      id: 'x',
      load: () => {
        throw new Error('undecodable');
      },
    };
    await expect(settleEach([bad], () => {}, ctx, 'thing')).rejects.toMatchObject({ failed: ['x'] });
    await expect(settleEach([{ id: 'ok', load: () => 1 }], () => {}, ctx, 'thing')).resolves.toBeUndefined();
  });
});

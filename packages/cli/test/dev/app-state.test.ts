import { http, queue, schedule } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { createAppState } from '../../src/dev/app-state.js';
import type { CallRecord } from '../../src/dev/call-log.js';
import { fakeClock } from './helpers.js';

describe('createAppState', () => {
  it('builds a runner per HTTP function, a deliverer, and a ticker per schedule that logs each tick', async () => {
    const calls: CallRecord[] = [];
    const ticks: string[] = [];
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00Z'));
    const defs = new Map<string, ReturnType<typeof http> | ReturnType<typeof queue> | ReturnType<typeof schedule>>([
      ['api', http(() => new Response(''))],
      ['orders', queue(() => {})],
      ['every', schedule('rate(1 minute)', (e) => void ticks.push(e.scheduledTime.toISOString()))],
      ['broken', schedule('rate(1 minute)', () => Promise.reject(new Error('tick broke')))],
    ]);
    const state = await createAppState(defs, { provider: 'gcp', clock, record: (c) => calls.push(c) });
    expect([...state.runners.keys()]).toEqual(['api']);
    expect(state.deliverer.provider).toBe('gcp');
    await clock.advance(60_000);
    for (let i = 0; i < 100 && calls.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    expect(ticks).toEqual(['2026-01-01T00:01:00.000Z']);
    expect(calls.find((c) => c.fn === 'every')).toMatchObject({
      what: 'tick 2026-01-01T00:01:00.000Z',
      outcome: 'ok',
      via: 'gcp',
    });
    expect(calls.find((c) => c.fn === 'broken')?.outcome).toMatch(/^failed/);
    await state.close();
    expect(clock.pending()).toBe(0);
  });

  it('without a clock nothing ticks', async () => {
    const state = await createAppState(new Map([['s', schedule('rate(1 minute)', () => {})]]), {
      provider: 'local',
      record: () => {},
    });
    expect(state.schedules).toBeUndefined();
    await state.close();
  });
});

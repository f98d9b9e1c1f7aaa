// The local reference transport and the `quietly` helper, checked on their own.
import { describe, expect, it } from 'vitest';
import { localEventLogLines, localEventTransport, quietly } from './event-transports.js';
import { OrderSchema, recordEvent, recordQueue, recordSchedule, type Seen } from './events/shared.js';

describe('localEventTransport', () => {
  it('calls the handler once per message with core-built messages and settles per message', async () => {
    const seen: Seen[] = [];
    const report = await localEventTransport().deliver(
      recordQueue((s) => seen.push(s)),
      {
        kind: 'message',
        messages: [
          { id: '1', body: 'ok', attributes: { a: 'b' }, deliveryCount: 2 },
          { id: '2', body: 'FAIL' },
        ],
      },
      'queue',
    );
    expect(report.acknowledged).toEqual(['1']);
    expect(report.redelivered).toEqual(['2']);
    expect(seen.map((s) => [s.id, s.text, s.attributes, s.deliveryCount, s.provider])).toEqual([
      ['1', 'ok', { a: 'b' }, 2, 'local'],
      ['2', 'FAIL', {}, 1, 'local'],
    ]);
  });

  it('refuses a message that fails the schema before the handler and logs the ValidationError', async () => {
    const seen: Seen[] = [];
    const before = localEventLogLines.length;
    const report = await localEventTransport().deliver(
      recordQueue((s) => seen.push(s), {}, OrderSchema),
      { kind: 'message', messages: [{ id: 'bad', body: '{"sku":"x","qty":0}' }] },
      'queue',
    );
    expect(report.redelivered).toEqual(['bad']);
    expect(seen).toEqual([]);
    expect(localEventLogLines.slice(before).join('\n')).toContain('ValidationError');
  });

  it('validates CloudEvent data with the schema and passes its output', async () => {
    const seen: Seen[] = [];
    const ce = { specversion: '1.0' as const, id: 'e', source: 's', type: 't', data: { sku: 'a', qty: 2 } };
    await localEventTransport().deliver(
      recordEvent((s) => seen.push(s), OrderSchema),
      { kind: 'event', events: [ce] },
      'event',
    );
    expect(seen[0]?.data).toEqual({ sku: 'a', qty: 2, total: 20 });
  });

  it('settles a schedule tick under its ISO time', async () => {
    const time = new Date('2026-01-01T00:00:00Z');
    const report = await localEventTransport().deliver(
      recordSchedule(() => {}, 'rate(1 hour)', true),
      { kind: 'schedule', time },
      'schedule',
    );
    expect(report.redelivered).toEqual([time.toISOString()]);
  });
});

describe('quietly', () => {
  it('drops console output while it runs and restores console afterwards', async () => {
    const log = console.log;
    let inside: unknown;
    await quietly(async () => {
      inside = console.log;
      console.log('hidden');
    });
    expect(inside).not.toBe(log);
    expect(console.log).toBe(log);
  });

  it('restores console when the function rejects', async () => {
    const error = console.error;
    await expect(quietly(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(console.error).toBe(error);
  });
});

import type { EventTransport } from '@faasport/core/adapter';
import { afterAll, describe, expect, it } from 'vitest';
import { createIotAlerts } from '../src/alerts.js';
import { allTransports, aMessage, aReading, collectAlerts } from './helpers.js';

// Five readings: fine, too warm, not JSON, a kind with no range, too cold.
const readings = [
  aMessage('r-1', aReading({ sensorId: 'fridge-1', celsius: 4 })),
  aMessage('r-2', aReading({ sensorId: 'fridge-2', celsius: 12.5 })),
  aMessage('r-3', 'temp=4C'),
  aMessage('r-4', aReading({ sensorId: 'sauna-1', kind: 'sauna', celsius: 80 })),
  aMessage('r-5', aReading({ sensorId: 'freezer-1', kind: 'freezer', celsius: -40 })),
];

const { aws, gcp, azure } = allTransports();
afterAll(() => Promise.all([aws.close(), gcp.close(), azure.close()]));

const sources: [EventTransport, string][] = [
  [aws, 'sns'],
  [gcp, 'pubsub'],
  [azure, 'service-bus-topic'],
  [azure, 'event-grid'],
];

describe('iot-alerts on every cloud', () => {
  it.each(sources.map(([t, source]) => [`${t.name} ${source}`, t, source] as const))(
    '%s: alerts on the two readings out of range; bad readings fail their own message',
    async (_name, transport, source) => {
      const { sink, alerts } = collectAlerts();
      const report = await transport.deliver(
        createIotAlerts({ sink }),
        { kind: 'message', messages: readings },
        source,
      );
      expect(report.acknowledged).toEqual(['r-1', 'r-2', 'r-5']);
      expect(report.redelivered).toEqual(['r-3', 'r-4']);
      expect(alerts).toEqual([
        expect.objectContaining({ sensorId: 'fridge-2', breach: 'above', by: 4.5, provider: transport.name }),
        expect.objectContaining({ sensorId: 'freezer-1', breach: 'below', by: 10, provider: transport.name }),
      ]);
      expect(alerts[0]?.takenAt).toEqual(new Date('2024-05-01T11:59:30Z'));
    },
  );

  it('SNS: a failed reading rejects its invocation, so Lambda retries it and then sends it to the DLQ', async () => {
    const report = await aws.deliver(createIotAlerts(), { kind: 'message', messages: readings.slice(2, 4) }, 'sns');
    // The adapter's EventFailedError names the message; its cause is the reading's own error.
    const errors = (report.results as { error?: Error & { failed: string[] } }[]).map((r) => r.error);
    expect(errors.map((e) => e?.failed)).toEqual([['r-3'], ['r-4']]);
    expect(errors.map((e) => (e?.cause as Error | undefined)?.message)).toEqual([
      expect.stringMatching(/message r-3: body is not valid JSON/),
      expect.stringMatching(/sensor sauna-1: no temperature range for kind 'sauna'/),
    ]);
  });

  it('Pub/Sub: a failed reading is answered with a non-2xx status', async () => {
    const report = await gcp.deliver(createIotAlerts(), { kind: 'message', messages: readings.slice(1, 3) }, 'pubsub');
    expect((report.results as { status: number }[]).map((r) => r.status >= 200 && r.status < 300)).toEqual([
      true,
      false,
    ]);
  });

  it('a failing alert sink fails the reading on every cloud, so the alert is not lost', async () => {
    const def = createIotAlerts({ sink: () => Promise.reject(new Error('pager down')) });
    for (const [transport, source] of sources) {
      const report = await transport.deliver(def, { kind: 'message', messages: [readings[1]!] }, source);
      expect(report.redelivered, `${transport.name} ${source}`).toEqual(['r-2']);
    }
  });
});

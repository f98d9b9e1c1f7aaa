import { describe, expect, it } from 'vitest';
import { createIotAlerts, iotAlerts } from '../src/alerts.js';
import { UnknownSensorKindError } from '../src/errors.js';
import { ReadingSchema } from '../src/reading.js';
import { aMessage, aReading, collectAlerts, normalized, recordingContext } from './helpers.js';

const deliver = async (def: ReturnType<typeof createIotAlerts>, body: unknown) => {
  const { ctx, lines } = recordingContext();
  await def.handler(await normalized(aMessage('m-1', body), ReadingSchema), ctx);
  return lines;
};

describe('createIotAlerts', () => {
  it('is a topic definition validating with ReadingSchema', () => {
    expect(iotAlerts.kind).toBe('topic');
    expect(iotAlerts.options.schema).toBe(ReadingSchema);
  });

  it('stays quiet for a reading inside its range', async () => {
    const { sink, alerts } = collectAlerts();
    expect(await deliver(createIotAlerts({ sink }), aReading({ celsius: 5 }))).toEqual([]);
    expect(alerts).toEqual([]);
  });

  it('logs a warn line and hands the alert to the sink when the temperature leaves its range', async () => {
    const { sink, alerts } = collectAlerts();
    const lines = await deliver(createIotAlerts({ sink }), aReading({ celsius: 9.5 }));
    expect(lines).toMatchObject([
      {
        level: 'warn',
        message: 'temperature above range',
        sensorId: 'fridge-1',
        celsius: 9.5,
        by: 1.5,
        messageId: 'm-1',
      },
    ]);
    expect(alerts).toMatchObject([{ sensorId: 'fridge-1', breach: 'above', by: 1.5, provider: 'local' }]);
  });

  it('fails the message for an unknown sensor kind, alerting nobody', async () => {
    const { sink, alerts } = collectAlerts();
    await expect(deliver(createIotAlerts({ sink }), aReading({ kind: 'sauna' }))).rejects.toThrow(
      UnknownSensorKindError,
    );
    expect(alerts).toEqual([]);
  });

  it('fails the message when the sink fails, so the alert is retried', async () => {
    const def = createIotAlerts({ sink: () => Promise.reject(new Error('pager down')) });
    await expect(deliver(def, aReading({ celsius: 30 }))).rejects.toThrow('pager down');
  });
});

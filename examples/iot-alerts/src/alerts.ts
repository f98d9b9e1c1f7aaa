import { type Context, type TopicDefinition, topic } from '@faasport/core';
import { type Alert, checkReading, DEFAULT_RANGES, type Ranges } from './ranges.js';
import { type Reading, ReadingSchema } from './reading.js';

/** Where alerts go besides the warn log: a pager, a notification topic, a test's list. */
export type AlertSink = (alert: Alert, ctx: Context) => void | Promise<void>;

/** What `createIotAlerts` needs. */
export interface IotAlertsOptions {
  /** Default: none (the warn log line is the alert). */
  readonly sink?: AlertSink;
  readonly ranges?: Ranges;
}

/**
 * The readings subscriber: each message is one reading, validated by `ReadingSchema`; a reading
 * outside its kind's range is logged at warn and handed to the sink. An invalid reading, an unknown
 * sensor kind or a failing sink fails the message, so the platform retries it.
 *
 * @example
 * const alerts: Alert[] = []
 * const def = createIotAlerts({ sink: (alert) => { alerts.push(alert) } })
 */
export function createIotAlerts(options: IotAlertsOptions = {}): TopicDefinition<Reading> {
  const { sink, ranges = DEFAULT_RANGES } = options;
  return topic({ schema: ReadingSchema }, async (msg, ctx) => {
    const alert = checkReading(msg.data, ranges);
    if (!alert) return;
    ctx.log.warn(`temperature ${alert.breach} range`, { ...alert, messageId: msg.id });
    await sink?.(alert, ctx);
  });
}

/** The deployed function (entry files `aws.ts`, `gcp.ts`, `azure.ts`). */
export const iotAlerts = createIotAlerts();

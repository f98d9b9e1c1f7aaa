import { isEventBridgeEvent } from './detect.js';
import { sources } from './sources.js';

/** What faasport makes of an event's source: mapped (`supported`) or recognised only to be refused. */
export interface EventSourceName {
  readonly name: string;
  readonly supported: boolean;
}

/**
 * Names the source of an event for error messages, or `undefined` when no detector knows it.
 * Only called on the error path and for the Scheduler fallback, never per record.
 *
 * @example
 * sourceOf({ Records: [{ eventSource: 'aws:sqs' }] }) // { name: 'an SQS batch', supported: true }
 */
export function sourceOf(event: unknown): EventSourceName | undefined {
  const source = sources.find((s) => s.detect(event));
  if (!source) return undefined;
  if (source.id === 'eventbridge' && isEventBridgeEvent(event)) {
    return { name: `${source.name} (source ${event.source}, detail-type ${event['detail-type']})`, supported: true };
  }
  return { name: source.name, supported: source.kinds.length > 0 };
}

/**
 * Describes an unrecognised value by its type or top-level keys.
 *
 * @example
 * describeValue({ a: 1 }) // 'an object with keys [a]'
 */
export function describeValue(event: unknown): string {
  if (typeof event !== 'object' || event === null) return JSON.stringify(event) ?? String(event);
  if (Array.isArray(event)) return `an array of ${event.length}`;
  return `an object with keys [${Object.keys(event).slice(0, 12).join(', ')}]`;
}

import { detectAws } from './detect-aws.js';
import { detectAzure } from './detect-azure.js';
import { detectGcp } from './detect-gcp.js';
import { EventRefusedError } from './errors.js';
import type { NativeEvent } from './native-event.js';

/**
 * Tells which provider sends a native payload and what it is: AWS first (its events have the most
 * distinctive markers), then Azure (trigger captures, Event Grid), then GCP (CloudEvents, Pub/Sub
 * push, gen 1 events). Throws `EventRefusedError` naming what was expected when nothing matches.
 *
 * @example
 * detectNative(JSON.parse(readFileSync('sqs.json', 'utf8'))) // { provider: 'aws', shape: 'sqs', … }
 */
export function detectNative(payload: unknown): NativeEvent {
  const found = detectAws(payload) ?? detectAzure(payload) ?? detectGcp(payload);
  if (found) return found;
  const keys =
    typeof payload === 'object' && payload !== null ? Object.keys(payload).slice(0, 6).join(', ') : typeof payload;
  throw new EventRefusedError(
    `the event is neither a normalized event ({ "kind": "message" | "storage" | "schedule" | "stream" | "event", … }) ` +
      `nor a payload AWS Lambda, Cloud Run functions or Azure Functions send (got ${keys || 'an empty object'})`,
  );
}

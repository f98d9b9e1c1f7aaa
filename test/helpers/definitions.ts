import {
  type Definition,
  type DefinitionKind,
  event,
  http,
  queue,
  schedule,
  storage,
  stream,
  topic,
} from '@faasport/core';

/**
 * A definition of `kind` whose handler hands what it got to `record` (the request URL for HTTP) and succeeds: what
 * the coverage suites deliver each own fixture to.
 *
 * @example
 * const seen: unknown[] = []; const def = recordingDefinition('queue', (v) => seen.push(v))
 */
export function recordingDefinition(
  kind: DefinitionKind,
  record: (value: unknown) => void,
  scheduleExpression = 'rate(5 minutes)',
): Definition {
  switch (kind) {
    case 'http':
      return http((req) => {
        record(req.url);
        return new Response('ok');
      });
    case 'queue':
      return queue(record);
    case 'topic':
      return topic(record);
    case 'storage':
      return storage(record);
    case 'schedule':
      return schedule(scheduleExpression, record);
    case 'stream':
      return stream(record);
    case 'event':
      return event(record);
  }
}

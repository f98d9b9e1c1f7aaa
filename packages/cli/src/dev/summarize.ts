import type { FireResult } from './fire-result.js';

/**
 * A fire result in a few words for the log: `ok`, `partial: 1 to redeliver (m2)`, `failed: 2 to redeliver`.
 *
 * @example
 * summarize(result) // 'partial: 1 to redeliver (m2)'
 */
export function summarize(result: FireResult): string {
  if (result.outcome === 'ok') return 'ok';
  const again = result.redelivered ?? result.batchItemFailures?.map((f) => f.itemIdentifier);
  if (!again) return result.outcome;
  const shown = again.slice(0, 5).join(', ');
  return `${result.outcome}: ${again.length} to redeliver (${shown}${again.length > 5 ? ', …' : ''})`;
}

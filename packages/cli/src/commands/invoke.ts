import { parseArgs, stringFlag } from '../args.js';
import type { FireResult } from '../dev/fire-result.js';
import { type HttpAnswer, invokeEvent } from '../dev/invoke-event.js';
import { summarize } from '../dev/summarize.js';
import { UsageError } from '../errors.js';
import { EntryLoadError, loadEntry } from '../load-entry.js';

const USAGE = 'usage: faasport invoke <entry> <exportName> --event <file|kind> [--as aws|gcp|azure]';

function headline(result: FireResult | HttpAnswer): string {
  if ('status' in result) return `${result.function} answered ${result.status} through ${result.provider}`;
  const failures = result.batchItemFailures?.length
    ? `; batchItemFailures: ${result.batchItemFailures.map((f) => f.itemIdentifier).join(', ')}`
    : '';
  return `${result.function} via ${result.via}: ${summarize(result)}${failures}`;
}

/**
 * `faasport invoke <entry> <exportName> --event <file|kind> [--as aws|gcp|azure]`: fires one event and
 * prints a summary line and the result as JSON. Exit 0 when everything was acknowledged (HTTP: a
 * status under 500), 1 when the handler failed or the event could not be delivered (the bin prints why).
 *
 * @example
 * process.exitCode = await run(['examples/orders-queue/src/orders.ts', 'ordersQueue', '--event', 'sqs'])
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [entry, name, ...extra] = args.positionals;
  if (!entry || !name) throw new UsageError(`faasport invoke needs an entry and an export name\n${USAGE}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}\n${USAGE}`);
  for (const flag of Object.keys(args.flags)) {
    if (flag !== 'event' && flag !== 'as') throw new UsageError(`unknown flag --${flag}\n${USAGE}`);
  }
  const event = stringFlag(args, 'event', { required: true }) as string;
  const as = stringFlag(args, 'as', { oneOf: ['aws', 'gcp', 'azure'] }) as 'aws' | 'gcp' | 'azure' | undefined;
  const { definitions } = await loadEntry(entry);
  const def = definitions.get(name);
  if (!def) {
    throw new EntryLoadError(
      entry,
      `it has no export ${JSON.stringify(name)}; its exports: ${[...definitions.keys()].join(', ')}`,
    );
  }
  const result = await invokeEvent({ name, def, event, ...(as ? { as } : {}) });
  process.stdout.write(`${headline(result)}\n${JSON.stringify(result, null, 2)}\n`);
  const ok = 'status' in result ? result.status < 500 : result.outcome === 'ok';
  return ok ? 0 : 1;
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { http, queue, schedule, stream } from '@faasport/core';
import type { Capabilities } from '@faasport/core/capabilities';
import { describe, expect, it } from 'vitest';
import { loadEntry } from '../../src/load-entry.js';
import { providerCapabilities } from '../../src/matrix/model.js';
import { type DefinitionFit, portability, streams } from '../../src/matrix/portability.js';

const ALL = providerCapabilities();
const REPO = join(import.meta.dirname, '../../../..');
const OUT = join(REPO, '.faasport', 'test');

function fitOf(
  defs: Record<string, Parameters<typeof portability>[0] extends ReadonlyMap<string, infer D> ? D : never>,
) {
  const reports = portability(new Map(Object.entries(defs)), ALL);
  return (provider: string, name: string): DefinitionFit =>
    reports.find((r) => r.provider === provider)!.definitions.find((d) => d.name === name)!;
}

describe('portability', () => {
  it('finds a fully supported source for the orders queue example everywhere a queue settles per message', async () => {
    const { definitions } = await loadEntry(join(REPO, 'examples/orders-queue/src/orders.ts'), { outDir: OUT });
    const reports = portability(definitions, ALL);
    const aws = reports[0]!.definitions[0]!;
    expect(aws).toMatchObject({
      name: 'ordersQueue',
      kind: 'queue',
      verdict: 'full',
      via: { source: 'SQS standard queue' },
    });
    const azure = reports[2]!.definitions[0]!;
    expect(azure.via?.source).toBe('Service Bus queue (cardinality one)');
    const many = azure.sources.find((s) => s.source === 'Service Bus queue (cardinality many)')!;
    expect(many.verdict).toBe('degraded');
    expect(many.notes.join(' ')).toMatch(/a failure redelivers the whole batch/);
  });

  it('says how the hello example degrades where the platform hides the deadline', async () => {
    const { definitions } = await loadEntry(join(REPO, 'examples/hello'), { outDir: OUT });
    const [aws, gcp] = portability(definitions, ALL);
    expect(aws!.definitions[0]!.verdict).toBe('full');
    expect(gcp!.definitions[0]!.verdict).toBe('degraded');
    expect(gcp!.definitions[0]!.notes[0]).toMatch(/^ctx\.signal: .*options\.timeoutSeconds/);
  });

  it('judges a temporary entry: a timeout over the limit is impossible, a byte stream has no GCP source', async () => {
    const dir = mkdtempSync(join(OUT, 'entry-'));
    writeFileSync(
      join(dir, 'index.ts'),
      `import { http, stream } from '@faasport/core';
export const slow = http(() => new Response('ok'), { timeoutSeconds: 1200 });
export const logs = stream({ timeoutSeconds: 60 }, async () => {});
`,
    );
    const { definitions } = await loadEntry(join(dir, 'index.ts'), { outDir: OUT });
    const at = fitOf(Object.fromEntries(definitions));
    expect(at('aws', 'slow').verdict).toBe('impossible');
    expect(at('aws', 'slow').notes).toContain(
      'timeoutSeconds 1200 exceeds the 900 s maximum (API Gateway integrations time out after 29 s by default; Function URLs allow 900 s)',
    );
    expect(at('gcp', 'slow').verdict).toBe('full');
    expect(at('azure', 'slow').notes[0]).toMatch(/exceeds the 230 s maximum/);
    expect(at('aws', 'logs').verdict).toBe('full');
    expect(at('gcp', 'logs').verdict).toBe('impossible');
    expect(at('gcp', 'logs').via?.notes).toContain('order: Firestore document events are not delivered in order');
    expect(at('azure', 'logs').verdict).toBe('degraded');
  });

  it('flags a streaming handler where streaming needs setup', () => {
    const live = http(() => new Response(new ReadableStream({ start: (c) => c.close() })), { timeoutSeconds: 10 });
    expect(streams(live)).toBe(true);
    expect(streams(http(() => new Response('x')))).toBe(false);
    expect(streams(queue(async () => {}))).toBe(false);
    const at = fitOf({ live });
    expect(at('gcp', 'live').verdict).toBe('full');
    expect(at('azure', 'live').verdict).toBe('degraded');
    expect(at('azure', 'live').notes.join(' ')).toMatch(/streaming needs enableHttpStreaming\(\)/);
  });

  it('derives verdicts from the claims: a provider without any source for a kind is impossible', () => {
    const aws = ALL[0]!;
    const noSchedules: Capabilities = {
      ...aws,
      triggers: {
        ...aws.triggers,
        schedule: { support: { level: 'unsupported', reason: 'no scheduler' }, sources: [] },
      },
    };
    const nightly = schedule('0 3 * * *', async () => {});
    const [report] = portability(new Map([['nightly', nightly]]), [noSchedules]);
    expect(report!.definitions[0]).toMatchObject({
      verdict: 'impossible',
      notes: ['schedule: no scheduler', 'no schedule source'],
    });
    expect(stream(async () => {}).kind).toBe('stream');
  });
});

import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/commands/invoke.js';
import { appEntry, takeSeen, tempProject } from '../dev/helpers.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));

function captureStdout(): () => string {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  return () => out;
}
// The pretty-printed result: from the first line that is exactly `{` to the end.
function resultOf(out: string): Record<string, unknown> {
  return JSON.parse(out.slice(out.indexOf('\n{\n') + 1)) as Record<string, unknown>;
}
afterEach(() => {
  vi.restoreAllMocks();
});

describe('faasport invoke', () => {
  it('fires a built-in sample through its own provider and prints the result: exit 0', async () => {
    takeSeen();
    const out = captureStdout();
    expect(await run([appEntry, 'orders', '--event', 'sqs'])).toBe(0);
    // The function's own log lines come first (its stdout), then the headline and the result.
    expect(out()).toMatch(/^orders via aws sqs: ok\n\{/m);
    expect(resultOf(out()).batchItemFailures).toEqual([]);
    expect(takeSeen().map((s) => s.provider)).toEqual(['aws', 'aws']);
  });

  it('shows batch failures from a file and exits 1', async () => {
    const dir = tempProject({
      'sqs.json': JSON.stringify({
        kind: 'message',
        messages: [
          { id: 'ok-1', body: 'fine' },
          { id: 'bad-2', body: 'fail please' },
        ],
      }),
    });
    const out = captureStdout();
    expect(await run([appEntry, 'orders', '--event', join(dir, 'sqs.json'), '--as', 'aws'])).toBe(1);
    expect(out()).toMatch(/^orders via aws sqs: partial: 1 to redeliver \(bad-2\); batchItemFailures: bad-2\n/m);
    expect(resultOf(out())).toMatchObject({ outcome: 'partial', acknowledged: ['ok-1'], redelivered: ['bad-2'] });
  });

  it('sends the http sample through the chosen provider', async () => {
    const out = captureStdout();
    expect(await run([appEntry, 'api', '--event', 'http', '--as', 'azure'])).toBe(0);
    expect(out()).toMatch(/^api answered 200 through azure\n/);
    expect(JSON.parse(String(resultOf(out()).body))).toMatchObject({
      provider: 'azure',
      search: '?name=faasport',
    });
  });

  it('names the exports that exist for an unknown one, and why an event cannot be delivered', async () => {
    await expect(run([appEntry, 'nope', '--event', 'sqs'])).rejects.toThrow(
      /has no export "nope"; its exports: admin, alerts, api, audit, changes, nightly, orders, uploads/,
    );
    await expect(run([appEntry, 'orders', '--event', 'kinesis', '--as', 'azure'])).rejects.toThrow(
      "orders is a 'queue' definition; the 'kinesis' sample carries 'stream' events, it takes 'message'",
    );
    await expect(run([appEntry, 'orders', '--event', 'sqs', '--as', 'azure'])).rejects.toThrow(
      /the 'sqs' sample is delivered by aws, not azure/,
    );
    await expect(run([appEntry, 'orders', '--event', 'carrier-pigeon'])).rejects.toThrow(
      /neither a file nor a sample kind \(sqs, sns/,
    );
  });

  it('the bin exits 1 with the message when the event cannot be delivered', async () => {
    const dir = tempProject({
      'kinesis.json': JSON.stringify({ Records: [{ eventSource: 'aws:kinesis', kinesis: {} }] }),
    });
    writeFileSync(join(dir, 'x.txt'), '');
    const failed = await promisify(execFile)(
      join(repo, 'node_modules', '.bin', 'tsx'),
      [
        '--tsconfig',
        join(repo, 'tsconfig.json'),
        join(repo, 'packages/cli/src/cli.ts'),
        'invoke',
        appEntry,
        'orders',
        '--event',
        join(dir, 'kinesis.json'),
        '--as',
        'azure',
      ],
      { cwd: repo, timeout: 30_000 },
    ).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr.trim()).toBe(
      "faasport: orders is a 'queue' definition; a Kinesis batch (aws) goes to 'stream' definitions",
    );
  });
});

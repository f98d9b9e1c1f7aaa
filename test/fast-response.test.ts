// The global Response replacement, per adapter, in fresh processes (it is a once-per-process global
// swap): by default an invocation runs with faasport's fast `Response`; `FAASPORT_NATIVE_RESPONSE=1`
// keeps the platform's own, and the answer is the same either way.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

interface Report {
  inside: { native: boolean; instanceOf: boolean; name: string };
  after: { native: boolean };
  answer: { status: number; body: string; header: string | null };
}

function invokeIn(adapter: string, nativeResponse: string | undefined): Report {
  const env = { ...process.env };
  delete env.FAASPORT_NATIVE_RESPONSE;
  if (nativeResponse !== undefined) env.FAASPORT_NATIVE_RESPONSE = nativeResponse;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'test/helpers/fast-response-child.ts'), adapter],
    { cwd: repoRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 20_000 },
  );
  return JSON.parse(out) as Report;
}

const ANSWER = { status: 200, body: 'hi', header: 'plain' };

describe.each(['aws', 'gcp', 'azure'])('%s adapter', (adapter) => {
  it('replaces globalThis.Response for the invocation; instanceof Response still holds', () => {
    const report = invokeIn(adapter, undefined);
    expect(report.inside).toEqual({ native: false, instanceOf: true, name: 'Response' });
    expect(report.after).toEqual({ native: false });
    expect(report.answer).toEqual(ANSWER);
  });

  it('FAASPORT_NATIVE_RESPONSE=1 keeps the native Response, with the same answer', () => {
    const report = invokeIn(adapter, '1');
    expect(report.inside).toEqual({ native: true, instanceOf: true, name: 'Response' });
    expect(report.after).toEqual({ native: true });
    expect(report.answer).toEqual(ANSWER);
  });
});

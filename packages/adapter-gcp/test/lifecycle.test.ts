import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signalChild } from '../../../test/helpers/isolation.js';

// The CLI the platform runs (`functions-framework`, the package's bin): build/src/main.js.
const INDEX = createRequire(import.meta.url).resolve('@google-cloud/functions-framework');
const FRAMEWORK = join(dirname(INDEX), 'main.js');
const ARGS = [FRAMEWORK, '--target=api', '--source=packages/adapter-gcp/test/fixtures/shutdown-entry.ts', '--port=0'];

function records(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('installCloudRunShutdown (the real Functions Framework CLI in a child process)', () => {
  it('runs the onShutdown hook on SIGTERM although the framework exits from its own handler, then exits 0', async () => {
    const out = await signalChild(ARGS, { ready: 'Signature type' });
    expect(out.stdout).toContain('Serving function...');
    expect(out.stdout).toContain('hook: buffer flushed');
    const lines = records(out.stdout);
    expect(lines.find((l) => l.message === 'Shutting down')).toMatchObject({ severity: 'INFO', signal: 'SIGTERM' });
    expect(lines.find((l) => l.message === 'Shutdown hooks finished')).toMatchObject({ hooks: 1 });
    expect(out.code).toBe(0);
  });

  it('exits 1 with the failure logged when the hook fails', async () => {
    const out = await signalChild(ARGS, { ready: 'Signature type', env: { HOOK: 'fail' } });
    const failed = records(out.stdout).find((l) => l.message === 'An onShutdown hook failed');
    expect(failed).toMatchObject({ severity: 'ERROR' });
    expect((failed?.error as { message: string } | undefined)?.message).toBe('could not flush the buffer');
    expect(out.code).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { signalChild } from '../../../test/helpers/isolation.js';

const ENTRY = 'packages/adapter-aws/test/fixtures/shutdown-entry.ts';

function lines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('installLambdaShutdown (a real node process running toLambda)', () => {
  it('runs the onShutdown hooks on SIGTERM, logs it in the Lambda JSON format, and exits 0', async () => {
    const out = await signalChild([ENTRY], { ready: 'ready' });
    expect(out.stdout).toContain('hook: pool closed after 1 invocation(s)');
    const logged = lines(out.stdout);
    expect(logged.find((l) => l.message === 'Shutting down')).toMatchObject({ level: 'INFO', signal: 'SIGTERM' });
    expect(logged.find((l) => l.message === 'Shutdown hooks finished')).toMatchObject({ hooks: 1 });
    expect(out.code).toBe(0);
  });

  it('exits 1 and logs the overrun when a hook outlives the 250 ms Lambda leaves the runtime', async () => {
    const out = await signalChild([ENTRY], { ready: 'ready', env: { HOOK: 'slow' } });
    expect(out.stdout).not.toContain('hook: pool closed');
    const overrun = lines(out.stdout).find((l) => l.message === 'onShutdown hooks did not finish in time');
    expect(overrun).toMatchObject({ level: 'ERROR', timeoutMs: 250 });
    expect(out.code).toBe(1);
  });

  it('exits 1 and logs the error when a hook fails', async () => {
    const out = await signalChild([ENTRY], { ready: 'ready', env: { HOOK: 'fail' } });
    const failed = lines(out.stdout).find((l) => l.message === 'An onShutdown hook failed');
    expect((failed?.error as { message?: string })?.message).toBe('pool refused to close');
    expect(out.code).toBe(1);
  });
});

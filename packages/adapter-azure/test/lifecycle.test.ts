import { describe, expect, it } from 'vitest';
import { signalChild } from '../../../test/helpers/isolation.js';

describe('installAzureShutdown (a real node process with the test worker)', () => {
  it('registers one appTerminate hook through the library, which runs the onShutdown hooks before the worker exits', async () => {
    const out = await signalChild(['packages/adapter-azure/test/fixtures/shutdown-entry.ts'], { ready: 'ready:' });
    expect(out.stdout).toContain('ready: appTerminate\n');
    const hook = out.stdout.indexOf('hook: connections drained');
    const done = out.stdout.indexOf('worker: 1 appTerminate hook(s) done');
    expect(hook).toBeGreaterThan(-1);
    expect(done).toBeGreaterThan(hook);
    const finished = out.stdout
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((l) => l.message === 'Shutdown hooks finished');
    expect(finished).toMatchObject({ level: 'info', hooks: 1 });
    expect(out.code).toBe(0);
  });
});

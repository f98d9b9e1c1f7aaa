import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { currentContext, outsideContext, runWithContext } from '../src/current-context.js';
import { createLogger } from '../src/logger.js';

function ctxOf(invocationId: string) {
  const log = createLogger({ format: 'json', invocationId, sink: () => undefined });
  return createContext({ provider: 'local', functionName: 'f', invocationId, coldStart: false, log, raw: {} });
}

describe('currentContext', () => {
  it('is undefined outside an invocation', () => {
    expect(currentContext()).toBeUndefined();
  });

  it('is the context runWithContext set, through awaits, timers and setImmediate, and passes args through', async () => {
    const ctx = ctxOf('a');
    const seen = await runWithContext(
      ctx,
      async (label: string) => {
        await Promise.resolve();
        const afterTimer = await new Promise((r) => setTimeout(() => r(currentContext()), 1));
        const afterImmediate = await new Promise((r) => setImmediate(() => r(currentContext())));
        return [label, currentContext(), afterTimer, afterImmediate];
      },
      'label',
    );
    expect(seen).toEqual(['label', ctx, ctx, ctx]);
    expect(currentContext()).toBeUndefined();
  });

  it('keeps 200 interleaved invocations apart', async () => {
    const ids = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        runWithContext(ctxOf(`inv-${i}`), async () => {
          await new Promise((r) => setTimeout(r, (i * 7) % 5));
          return currentContext()?.invocationId;
        }),
      ),
    );
    expect(ids).toEqual(Array.from({ length: 200 }, (_, i) => `inv-${i}`));
  });

  it('outsideContext runs code with no context, and what it starts keeps none', async () => {
    const ctx = ctxOf('b');
    const seen = await runWithContext(ctx, () =>
      outsideContext(() => new Promise((r) => setTimeout(() => r(currentContext()), 1))),
    );
    expect(seen).toBeUndefined();
  });
});

import az from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { createInvocationContext } from '../src/context.js';

describe('createInvocationContext', () => {
  it('takes name, id and trace from the InvocationContext, and a deadline only from timeoutMs', () => {
    const context = new az.InvocationContext({
      invocationId: 'inv-1',
      functionName: 'fn',
      traceContext: { traceParent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    });
    const ctx = createInvocationContext({ marker: 1 }, context, 30_000);
    expect([ctx.provider, ctx.functionName, ctx.invocationId]).toEqual(['azure', 'fn', 'inv-1']);
    expect(ctx.trace?.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(ctx.raw).toEqual({ marker: 1 });
    expect(ctx.remainingMs()).toBeGreaterThan(29_000);
    expect(createInvocationContext({}, context, undefined).remainingMs()).toBe(Number.POSITIVE_INFINITY);
    ctx.dispose();
  });

  it('writes JSON lines at the Azure level of each call', () => {
    const lines: [string, string][] = [];
    const context = new az.InvocationContext({ logHandler: (level, ...args) => lines.push([level, String(args[0])]) });
    const ctx = createInvocationContext({}, context, undefined);
    ctx.log.warn('careful');
    ctx.log.error('bad');
    expect(lines.map(([level]) => level)).toEqual(['warning', 'error']);
    expect(JSON.parse(lines[0]?.[1] ?? '{}')).toMatchObject({ message: 'careful' });
  });
});

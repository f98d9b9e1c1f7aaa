import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { createInvocationContext } from '../../src/testing/invocation-context.js';

describe('createInvocationContext', () => {
  it("returns the library's InvocationContext whose log methods are recorded with Azure levels", () => {
    const { context, logs } = createInvocationContext({
      functionName: 'fn',
      invocationId: 'id-1',
      traceContext: { traceParent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    });
    expect(context).toBeInstanceOf(azure.InvocationContext);
    expect([context.functionName, context.invocationId]).toEqual(['fn', 'id-1']);
    expect(context.traceContext?.traceParent).toMatch(/^00-4bf9/);
    context.info('a', 1);
    context.warn({ b: 2 });
    context.error('c');
    expect(logs).toEqual([
      { level: 'information', message: 'a 1' },
      { level: 'warning', message: '{ b: 2 }' },
      { level: 'error', message: 'c' },
    ]);
  });

  it('gives each context its own invocation id by default', () => {
    expect(createInvocationContext().context.invocationId).not.toBe(createInvocationContext().context.invocationId);
  });
});

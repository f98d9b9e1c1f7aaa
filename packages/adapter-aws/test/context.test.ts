import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInvocationContext } from '../src/context.js';
import { createLambdaContext } from '../src/testing/lambda-context.js';

const XRAY = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

afterEach(() => vi.unstubAllEnvs());

describe('createInvocationContext', () => {
  it('falls back to _X_AMZN_TRACE_ID when the X-Ray header has no Parent', () => {
    vi.stubEnv('_X_AMZN_TRACE_ID', XRAY);
    // API Gateway's own header has a Root but no Parent: not a usable W3C trace.
    const headers = new Headers({ 'x-amzn-trace-id': 'Root=1-5e7aad53-0bd11d5603f9e6be3e88ab69' });
    const ctx = createInvocationContext({}, createLambdaContext(), headers);
    expect(ctx.trace?.spanId).toBe('53995c3f42cd8ad8');
    ctx.dispose();
  });

  it('has no trace when nothing carries one', () => {
    vi.stubEnv('_X_AMZN_TRACE_ID', '');
    const ctx = createInvocationContext({}, createLambdaContext(), undefined);
    expect(ctx.trace).toBeUndefined();
    ctx.dispose();
  });

  it('logs in Lambda JSON format with the request id on every line', () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const ctx = createInvocationContext({}, createLambdaContext({ awsRequestId: 'req-7' }), undefined);
      ctx.log.info('hello', { n: 1 });
      const line = JSON.parse(String(write.mock.calls[0]?.[0]));
      expect(line).toMatchObject({ level: 'INFO', requestId: 'req-7', message: 'hello', n: 1 });
      ctx.dispose();
    } finally {
      write.mockRestore();
    }
  });

  it('remainingMs follows getRemainingTimeInMillis live', () => {
    let left = 5000;
    const ctx = createInvocationContext(
      {},
      { ...createLambdaContext(), getRemainingTimeInMillis: () => left },
      undefined,
    );
    expect(ctx.remainingMs()).toBe(5000);
    left = 1200;
    expect(ctx.remainingMs()).toBe(1200);
    ctx.dispose();
  });
});

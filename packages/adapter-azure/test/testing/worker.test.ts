import type { HttpRequest, InvocationContext } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { captureRegistration } from '../../src/testing/functions-core.js';
import { createHttpInvoker } from '../../src/testing/worker.js';

function invokerFor(handler: (req: HttpRequest, ctx: InvocationContext) => unknown, methods = ['GET' as const]) {
  const { core, registration } = captureRegistration(() =>
    azure.app.http('raw', { methods, route: 'raw/{*path}', handler: handler as never }),
  );
  return createHttpInvoker(core, registration, 'api');
}

describe('createHttpInvoker', () => {
  it('flattens response headers as the real library does: a second Set-Cookie header is lost', async () => {
    const invoker = invokerFor(() => ({
      headers: new Headers([
        ['set-cookie', 'first=1'],
        ['set-cookie', 'second=2'],
      ]),
      body: 'x',
    }));
    const res = await invoker.invoke(new Request('http://localhost/api/raw'));
    expect(res.headers.getSetCookie()).toEqual(['second=2']);
  });

  it('delivers every cookie given through `cookies`', async () => {
    const invoker = invokerFor(() => ({
      cookies: [
        { name: 'first', value: '1' },
        { name: 'second', value: '2' },
      ],
    }));
    const res = await invoker.invoke(new Request('http://localhost/api/raw'));
    expect(res.headers.getSetCookie()).toEqual(['first=1; path=/', 'second=2; path=/']);
  });

  it("passes the library's own InvocationContext, with the host trace, and records user logs", async () => {
    let functionName = '';
    const invoker = invokerFor((_req, ctx) => {
      functionName = ctx.functionName;
      ctx.warn('careful', 42);
      return { status: 202 };
    });
    const res = await invoker.invoke(new Request('http://localhost/api/raw/a'));
    expect(res.status).toBe(202);
    expect(functionName).toBe('raw');
    expect(invoker.logs).toContainEqual({ level: 'warning', category: 'user', message: 'careful 42' });
  });

  it('answers 404 off-route or for another method, and a bare 500 when the invocation fails', async () => {
    const invoker = invokerFor(() => {
      throw new Error('boom');
    });
    expect((await invoker.invoke(new Request('http://localhost/api/other'))).status).toBe(404);
    expect((await invoker.invoke(new Request('http://localhost/api/raw', { method: 'POST' }))).status).toBe(404);
    const failed = await invoker.invoke(new Request('http://localhost/api/raw'));
    expect(failed.status).toBe(500);
    expect(await failed.text()).toBe('');
    expect(invoker.logs.at(-1)?.message).toContain('Invocation failed: Error: boom');
  });
});

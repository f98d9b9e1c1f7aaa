import { http } from '@faasport/core';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { describe, expect, it } from 'vitest';
import { cloudFunctionTransport } from '../../src/testing/transport.js';
import { uniqueName } from '../helpers.js';

const hello = http((req, ctx) => Response.json({ provider: ctx.provider, path: new URL(req.url).pathname }));

describe('cloudFunctionTransport', () => {
  it("is named 'gcp' and answers through the Functions Framework", async () => {
    const transport = await cloudFunctionTransport(hello);
    try {
      expect(transport.name).toBe('gcp');
      const res = await transport.fetch(new Request('https://x.example/hi'));
      expect(await res.json()).toEqual({ provider: 'gcp', path: '/hi' });
    } finally {
      await transport.close();
    }
  });

  it('registers each definition under its own name, so two transports do not collide', async () => {
    const a = await cloudFunctionTransport(http(() => new Response('a')));
    const b = await cloudFunctionTransport(http(() => new Response('b')));
    try {
      expect(await (await a.fetch(new Request('http://x/'))).text()).toBe('a');
      expect(await (await b.fetch(new Request('http://x/'))).text()).toBe('b');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('registers under the given name', async () => {
    const name = uniqueName('given');
    const transport = await cloudFunctionTransport(hello, { name });
    try {
      expect(typeof getFunction(name)).toBe('function');
    } finally {
      await transport.close();
    }
  });

  it('stops the server on close: later requests fail', async () => {
    const transport = await cloudFunctionTransport(hello);
    expect((await transport.fetch(new Request('http://x/'))).status).toBe(200);
    await transport.close();
    await expect(transport.fetch(new Request('http://x/'))).rejects.toThrow(/ECONNREFUSED|destroyed/);
  });
});

import { currentContext, http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { createHttpRunner } from '../../src/dev/http-runner.js';

describe('createHttpRunner', () => {
  it('local: the handler runs through core invoke with its context current (currentContext())', async () => {
    const def = http((_req, ctx) =>
      Response.json({ same: currentContext() === ctx, id: currentContext()?.invocationId }),
    );
    const runner = await createHttpRunner('api', def, 'local');
    try {
      const res = await runner.fetch(new Request('https://local.test/'), 'inv-7');
      expect(await res.json()).toEqual({ same: true, id: 'inv-7' });
    } finally {
      await runner.close();
    }
  });

  it.each(['local', 'aws', 'gcp', 'azure'] as const)(
    '%s: the request reaches the handler through that provider, repeated headers kept',
    async (as) => {
      const def = http((req, ctx) =>
        Response.json(
          { provider: ctx.provider, cold: ctx.coldStart, accept: req.headers.get('x-multi') },
          {
            headers: [
              ['set-cookie', 'a=1'],
              ['set-cookie', 'b=2'],
            ],
          },
        ),
      );
      const runner = await createHttpRunner('api', def, as);
      try {
        const headers = new Headers([
          ['x-multi', 'one'],
          ['x-multi', 'two'],
        ]);
        const res = await runner.fetch(new Request('https://local.test/p?q=1', { headers }), 'inv-1');
        expect(await res.json()).toMatchObject({ provider: as, accept: 'one, two' });
        // Azure's library rewrites each cookie (adding `path=/`); both must still arrive, separately.
        expect(res.headers.getSetCookie().map((c) => c.split(';')[0])).toEqual(['a=1', 'b=2']);
      } finally {
        await runner.close();
      }
    },
  );

  it('local: the invocation id given is the context invocation id; only the first call is cold', async () => {
    const runner = await createHttpRunner(
      'api',
      http((_r, ctx) => Response.json([ctx.invocationId, ctx.coldStart])),
      'local',
    );
    expect(await (await runner.fetch(new Request('http://x/'), 'id-1')).json()).toEqual(['id-1', true]);
    expect(await (await runner.fetch(new Request('http://x/'), 'id-2')).json()).toEqual(['id-2', false]);
  });
});

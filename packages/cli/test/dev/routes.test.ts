import { http } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { httpRoutes, matchRoute } from '../../src/dev/routes.js';

const h = (route?: string) => http(() => new Response(''), route ? { route } : {});

describe('httpRoutes / matchRoute', () => {
  it('a lone HTTP function owns the root and sees the whole path', () => {
    const routes = httpRoutes(new Map([['api', h()]]));
    expect(routes.map((r) => r.prefix)).toEqual(['']);
    expect(matchRoute(routes, '/a/b')?.path).toBe('/a/b');
  });

  it('several: /<route or name>, longest first; the prefix is taken off; no partial-segment match', () => {
    const routes = httpRoutes(
      new Map([
        ['api', h()],
        ['admin', h('/api/admin/')],
        ['web', h()],
      ]),
    );
    expect(routes.map((r) => r.prefix)).toEqual(['/api/admin', '/api', '/web']);
    expect(matchRoute(routes, '/api/admin/users')).toMatchObject({ route: { name: 'admin' }, path: '/users' });
    expect(matchRoute(routes, '/api')).toMatchObject({ route: { name: 'api' }, path: '/' });
    expect(matchRoute(routes, '/apix')).toBeUndefined();
  });
});

import { echo, echoed, get, type HttpScenario, hono } from './shared.js';

export const paths: HttpScenario[] = [
  {
    id: 'http.path.encoded-chars',
    description: 'a path with `%20`, `%2F` and UTF-8 keeps its encoding',
    definition: echo,
    request: get('/files/a%20b/c%2Fd/%E6%9D%B1.txt'),
    expect: echoed({ method: 'GET', path: '/files/a%20b/c%2Fd/%E6%9D%B1.txt', search: '' }),
  },
  {
    id: 'http.path.trailing-slash',
    description: 'a trailing slash is kept',
    definition: echo,
    request: get('/items/'),
    expect: echoed({ method: 'GET', path: '/items/' }),
  },
  {
    id: 'http.path.root',
    description: 'the root path',
    definition: echo,
    request: get('/'),
    expect: echoed({ method: 'GET', path: '/', search: '' }),
  },
  {
    id: 'http.path.no-stage-prefix',
    description: 'routes match without a stage or base-path prefix (hono #5015)',
    definition: hono,
    request: get('/orders/42'),
    expect: { status: 200, json: { id: '42', path: '/orders/42' } },
  },
];

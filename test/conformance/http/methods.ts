import { echo, echoed, get, type HttpScenario, JSON_TEXT, post } from './shared.js';

export const methods: HttpScenario[] = [
  {
    id: 'http.method.get',
    description: 'GET reaches the handler with its method, path and query',
    definition: echo,
    request: get('/things?id=1'),
    expect: echoed({ method: 'GET', path: '/things', search: '?id=1', body: '' }),
  },
  {
    id: 'http.method.head',
    description: 'HEAD reaches the handler as HEAD (not GET); the client gets the headers and no body',
    definition: echo,
    request: get('/things', { method: 'HEAD' }),
    expect: { status: 200, headers: { 'x-echo-method': 'HEAD' }, body: '' },
  },
  {
    id: 'http.method.post',
    description: 'POST with a text body',
    definition: echo,
    request: post('/things', 'hello', { 'content-type': 'text/plain' }),
    expect: echoed({ method: 'POST', path: '/things', body: 'hello', headers: { 'content-type': 'text/plain' } }),
  },
  {
    id: 'http.method.put',
    description: 'PUT with a JSON body',
    definition: echo,
    request: post('/things/1', JSON_TEXT, { 'content-type': 'application/json' }, 'PUT'),
    expect: echoed({ method: 'PUT', path: '/things/1', body: JSON_TEXT }),
  },
  {
    id: 'http.method.patch',
    description: 'PATCH with a merge-patch body',
    definition: echo,
    request: post('/things/1', '{"name":null}', { 'content-type': 'application/merge-patch+json' }, 'PATCH'),
    expect: echoed({ method: 'PATCH', path: '/things/1', body: '{"name":null}' }),
  },
  {
    id: 'http.method.delete',
    description: 'DELETE without a body',
    definition: echo,
    request: get('/things/1', { method: 'DELETE' }),
    expect: echoed({ method: 'DELETE', path: '/things/1', body: '' }),
  },
  {
    id: 'http.method.options',
    description: 'OPTIONS (a CORS preflight) reaches the handler with its headers',
    definition: echo,
    request: get('/things', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT' },
    }),
    expect: echoed({
      method: 'OPTIONS',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'PUT' },
    }),
  },
];

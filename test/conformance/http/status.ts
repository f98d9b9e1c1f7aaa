import { http } from '@faasport/core';
import { get, type HttpScenario, post, reply } from './shared.js';

export const statuses: HttpScenario[] = [
  {
    id: 'http.status.no-content-204',
    description: '204 arrives with its headers and no body',
    definition: reply(null, { status: 204, headers: { 'x-kept': 'yes' } }),
    request: get('/s', { method: 'DELETE' }),
    expect: { status: 204, headers: { 'x-kept': 'yes' }, body: '' },
  },
  {
    id: 'http.status.not-modified-304',
    description: '304 arrives with its ETag and no body',
    definition: reply(null, { status: 304, headers: { etag: '"v1"' } }),
    request: get('/s', { headers: { 'if-none-match': '"v1"' } }),
    expect: { status: 304, headers: { etag: '"v1"' }, body: '' },
  },
  {
    id: 'http.status.redirect-301',
    description: '301 is not followed; Location is kept',
    definition: reply(null, { status: 301, headers: { location: 'https://elsewhere.example/new' } }),
    request: get('/old'),
    expect: { status: 301, headers: { location: 'https://elsewhere.example/new' } },
  },
  {
    id: 'http.status.redirect-302',
    description: '302 with a relative Location carrying an encoded query is not followed; Location is kept as is',
    definition: reply(null, { status: 302, headers: { location: '/login?next=%2Fhome' } }),
    request: get('/private'),
    expect: { status: 302, headers: { location: '/login?next=%2Fhome' } },
  },
  {
    id: 'http.status.created-201',
    description: '201 with Location and a JSON body',
    definition: http(() => Response.json({ id: 7 }, { status: 201, headers: { location: '/items/7' } })),
    request: post('/items', '{}', { 'content-type': 'application/json' }),
    expect: { status: 201, headers: { location: '/items/7' }, json: { id: 7 } },
  },
  {
    id: 'http.status.custom-418',
    description: 'an unusual status code is kept',
    definition: reply("I'm a teapot", { status: 418, headers: { 'content-type': 'text/plain' } }),
    request: get('/coffee'),
    expect: { status: 418, body: "I'm a teapot" },
  },
  {
    id: 'http.status.too-many-429',
    description: '429 with Retry-After',
    definition: reply('slow down', { status: 429, headers: { 'retry-after': '120', 'content-type': 'text/plain' } }),
    request: get('/busy'),
    expect: { status: 429, headers: { 'retry-after': '120' }, body: 'slow down' },
  },
];

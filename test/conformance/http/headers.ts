import { http } from '@faasport/core';
import { toByteString } from '@faasport/core/adapter';
import { echo, echoed, get, type HttpScenario, ORIGIN, reply } from './shared.js';

const CITY = toByteString('Zürich — 東京');

export const headers: HttpScenario[] = [
  {
    id: 'http.headers.repeated-request',
    description: 'a request header sent three times reaches the handler with all three values',
    definition: echo,
    request: () => {
      const h = new Headers();
      for (const v of ['a', 'b', 'c']) h.append('x-multi', v);
      return new Request(`${ORIGIN}/h`, { headers: h });
    },
    expect: echoed({ method: 'GET', headers: { 'x-multi': 'a, b, c' } }),
  },
  {
    id: 'http.headers.non-ascii',
    description: 'a UTF-8 header value (from a CDN) does not throw and arrives as its bytes (hono #4432)',
    definition: echo,
    request: get('/h', { headers: { 'x-city': CITY } }),
    expect: echoed({ method: 'GET', headers: { 'x-city': CITY } }),
  },
  {
    id: 'http.headers.standard',
    description: 'ordinary request headers arrive unchanged, names lower-cased',
    definition: echo,
    request: get('/h', {
      headers: { Authorization: 'Bearer abc.def', Accept: 'application/json', 'X-Request-Id': 'req-123' },
    }),
    expect: echoed({
      method: 'GET',
      headers: { authorization: 'Bearer abc.def', accept: 'application/json', 'x-request-id': 'req-123' },
    }),
  },
  {
    id: 'http.headers.repeated-response',
    description: 'a response header appended several times reaches the client with every value',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/plain' });
      h.append('x-multi', 'a');
      h.append('x-multi', 'b');
      h.append('vary', 'accept');
      h.append('vary', 'origin');
      return new Response('ok', { headers: h });
    }),
    request: get('/h'),
    expect: { status: 200, headers: { 'x-multi': 'a, b', vary: 'accept, origin' }, body: 'ok' },
  },
  {
    id: 'http.headers.content-type-kept',
    description: 'the response content type arrives exactly as set, parameters included',
    definition: reply('{"a":1}', { headers: { 'content-type': 'application/vnd.faasport+json; charset=utf-8' } }),
    request: get('/h'),
    expect: {
      status: 200,
      headers: { 'content-type': 'application/vnd.faasport+json; charset=utf-8' },
      body: '{"a":1}',
    },
  },
];

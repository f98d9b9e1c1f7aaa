import { HttpError, http, MalformedInputError } from '@faasport/core';
import { get, type HttpScenario } from './shared.js';

const SECRET = 'db password is hunter2';

export const errors: HttpScenario[] = [
  {
    id: 'http.error.thrown',
    description: 'an Error thrown by the handler → 500 whose body has neither the message nor the stack',
    definition: http(async () => {
      throw new Error(SECRET);
    }),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: [SECRET, 'Error:', '    at '] },
  },
  {
    id: 'http.error.thrown-sync',
    description: 'a synchronous throw from a non-async handler → 500 revealing nothing',
    definition: http(() => {
      throw new TypeError(SECRET);
    }),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: [SECRET, 'TypeError', '    at '] },
  },
  {
    id: 'http.error.http-error-message',
    description: "HttpError(404, 'msg') → 404 with the message as the body",
    definition: http(() => {
      throw new HttpError(404, 'No such order');
    }),
    request: get('/orders/9'),
    expect: { status: 404, body: 'No such order' },
  },
  {
    id: 'http.error.http-error-no-message',
    description: 'HttpError(403) without a message → 403 with an empty body',
    definition: http(() => {
      throw new HttpError(403);
    }),
    request: get('/admin'),
    expect: { status: 403, body: '' },
  },
  {
    id: 'http.error.http-error-headers',
    description: 'HttpError with headers → those headers reach the client',
    definition: http(() => {
      throw new HttpError(401, 'Login required', { headers: { 'www-authenticate': 'Bearer realm="api"' } });
    }),
    request: get('/me'),
    expect: { status: 401, headers: { 'www-authenticate': 'Bearer realm="api"' }, body: 'Login required' },
  },
  {
    id: 'http.error.non-response',
    description: 'a handler returning a plain object instead of a Response → 500',
    definition: http((() => ({ ok: true })) as unknown as () => Response),
    request: get('/e'),
    expect: { status: 500, bodyExcludes: ['ok'] },
  },
  {
    id: 'http.error.undefined-response',
    description: 'a handler returning nothing → 500',
    definition: http((async () => undefined) as unknown as () => Promise<Response>),
    request: get('/e'),
    expect: { status: 500 },
  },
  {
    id: 'http.error.malformed-input',
    description: 'a MalformedInputError → 400 revealing nothing more',
    definition: http(() => {
      throw new MalformedInputError(SECRET);
    }),
    request: get('/e'),
    expect: { status: 400, bodyExcludes: [SECRET] },
  },
];

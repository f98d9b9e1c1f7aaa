import {
  ALB_ONE_COOKIE,
  ALB_ONE_VALUE,
  get,
  HONO_EXPIRES,
  type HttpScenario,
  hono,
  JSON_TEXT,
  post,
} from './shared.js';

export const honoScenarios: HttpScenario[] = [
  {
    id: 'http.hono.query',
    description: 'a Hono app reads c.req.query and c.req.queries (repeated keys)',
    definition: hono,
    request: get('/search?q=a%2Bb+c&tag=x&tag=y'),
    expect: { status: 200, json: { q: 'a+b c', tags: ['x', 'y'] } },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_VALUE,
        expect: { status: 200, json: { q: 'a+b c', tags: ['y'] } },
      },
    },
  },
  {
    id: 'http.hono.cookies',
    description: 'a Hono app reads cookies with getCookie and sets two with setCookie (one with Expires)',
    definition: hono,
    request: get('/session', { headers: { cookie: 'sid=old; theme=light' } }),
    expect: {
      status: 200,
      json: { sid: 'old', theme: 'light' },
      setCookies: ['sid=new; Path=/; HttpOnly; Secure; SameSite=Lax', `theme=dark; Path=/; Expires=${HONO_EXPIRES}`],
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: {
          status: 200,
          json: { sid: 'old', theme: 'light' },
          setCookies: ['sid=new; Path=/; HttpOnly; Secure; SameSite=Lax'],
        },
      },
    },
  },
  {
    id: 'http.hono.post-json',
    description: 'a Hono app route with a path parameter reads a JSON body and answers 201',
    definition: hono,
    request: post('/items/7', JSON_TEXT, { 'content-type': 'application/json' }),
    expect: { status: 201, json: { id: '7', body: JSON.parse(JSON_TEXT) } },
  },
  {
    id: 'http.hono.not-found',
    description: "a Hono app's own 404 for an unknown route passes through",
    definition: hono,
    request: get('/nope'),
    expect: { status: 404, body: '404 Not Found' },
  },
];

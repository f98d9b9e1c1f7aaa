import { http } from '@faasport/core';
import { ALB_ONE_COOKIE, EXPIRES, echo, echoed, get, type HttpScenario, reply } from './shared.js';

export const cookies: HttpScenario[] = [
  {
    id: 'http.cookies.one-in',
    description: 'one request cookie arrives in the Cookie header',
    definition: echo,
    request: get('/c', { headers: { cookie: 'sid=abc123' } }),
    expect: echoed({ method: 'GET', headers: { cookie: 'sid=abc123' } }),
  },
  {
    id: 'http.cookies.several-in',
    description: 'several request cookies arrive in one Cookie header, `; `-separated',
    definition: echo,
    request: get('/c', { headers: { cookie: 'a=1; b=2; c=hello%20world' } }),
    expect: echoed({ method: 'GET', headers: { cookie: 'a=1; b=2; c=hello%20world' } }),
  },
  {
    id: 'http.cookies.set-several',
    description:
      'three Set-Cookie headers, one with Expires (contains a comma), reach the client as three (hono #2921, serverless-express #505)',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/plain' });
      h.append('set-cookie', 'a=1; Path=/; HttpOnly');
      h.append('set-cookie', `b=2; Path=/; Expires=${EXPIRES}`);
      h.append('set-cookie', 'c=3; Path=/api; Secure; SameSite=Strict');
      return new Response('ok', { headers: h });
    }),
    request: get('/c'),
    expect: {
      status: 200,
      setCookies: [
        'a=1; Path=/; HttpOnly',
        `b=2; Path=/; Expires=${EXPIRES}`,
        'c=3; Path=/api; Secure; SameSite=Strict',
      ],
      body: 'ok',
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: { status: 200, setCookies: ['a=1; Path=/; HttpOnly'], body: 'ok' },
      },
    },
  },
  {
    id: 'http.cookies.set-one',
    description: 'a single Set-Cookie with attributes, not duplicated (serverless-adapter #8)',
    definition: reply('ok', { headers: { 'set-cookie': 'sid=xyz; Path=/; Max-Age=3600; HttpOnly; Secure' } }),
    request: get('/c'),
    expect: { status: 200, setCookies: ['sid=xyz; Path=/; Max-Age=3600; HttpOnly; Secure'], body: 'ok' },
  },
];

import { http } from '@faasport/core';
import { ALB_ONE_COOKIE, EXPIRES, get, type HttpScenario, STREAM_BIN, STREAM_CHUNKS, streamOf } from './shared.js';

const STREAM_TEXT = STREAM_CHUNKS.join('');

export const streams: HttpScenario[] = [
  {
    id: 'http.stream.chunks',
    description: 'a ReadableStream body written in several chunks arrives complete',
    definition: http(() => new Response(streamOf(STREAM_CHUNKS), { headers: { 'content-type': 'text/plain' } })),
    request: get('/stream'),
    expect: { status: 200, headers: { 'content-type': 'text/plain' }, body: STREAM_TEXT },
  },
  {
    id: 'http.stream.binary',
    description: 'a binary stream (one chunk larger than 64 KB) arrives complete, byte-exact',
    definition: http(
      () => new Response(streamOf(STREAM_BIN), { headers: { 'content-type': 'application/octet-stream' } }),
    ),
    request: get('/stream'),
    expect: { status: 200, body: new Uint8Array(STREAM_BIN.flatMap((c) => [...c])) },
  },
  {
    id: 'http.stream.status-and-headers',
    description: 'a streamed response keeps its status, headers and cookies (hono #2401)',
    definition: http(() => {
      const h = new Headers({ 'content-type': 'text/event-stream', 'x-stream': 'yes' });
      h.append('set-cookie', 'a=1; Path=/');
      h.append('set-cookie', `b=2; Path=/; Expires=${EXPIRES}`);
      return new Response(streamOf(['data: one\n\n', 'data: two\n\n']), { status: 201, headers: h });
    }),
    request: get('/stream'),
    expect: {
      status: 201,
      headers: { 'content-type': 'text/event-stream', 'x-stream': 'yes' },
      setCookies: ['a=1; Path=/', `b=2; Path=/; Expires=${EXPIRES}`],
      body: 'data: one\n\ndata: two\n\n',
    },
    limitations: {
      'aws:alb': {
        reason: ALB_ONE_COOKIE,
        expect: {
          status: 201,
          headers: { 'content-type': 'text/event-stream', 'x-stream': 'yes' },
          setCookies: ['a=1; Path=/'],
          body: 'data: one\n\ndata: two\n\n',
        },
      },
    },
  },
  {
    id: 'http.stream.empty',
    description:
      'a stream that ends without a chunk keeps its status and headers (aws-lambda-nodejs-runtime-interface-client #97)',
    definition: http(() => new Response(streamOf([]), { status: 202, headers: { 'x-accepted': 'yes' } })),
    request: get('/stream'),
    expect: { status: 202, headers: { 'x-accepted': 'yes' }, body: '' },
  },
];

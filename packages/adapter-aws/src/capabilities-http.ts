import type { Capabilities } from '@faasport/core/capabilities';
import { ALB, LIMITS, limit, STREAMING } from './capabilities-facts.js';

/** http of the aws adapter's capability model. */
export const http: Capabilities['http'] = {
  features: {
    methods: { level: 'supported', proof: ['http.method.head', 'http.method.options', 'http.method.patch'] },
    'raw-query': {
      level: 'supported',
      proof: ['http.query.repeated-keys', 'http.query.plus-and-encoded-plus', 'http.query.encoded-reserved'],
      note: 'exactly as sent with payload 2.0 and ALB; REST APIs (1.0) rebuild it from decoded maps',
    },
    'repeated-headers': {
      level: 'supported',
      proof: ['http.headers.repeated-request', 'http.headers.repeated-response'],
    },
    'non-ascii-headers': { level: 'supported', proof: ['http.headers.non-ascii'] },
    'cookies-in': { level: 'supported', proof: ['http.cookies.one-in', 'http.cookies.several-in'] },
    'multiple-set-cookie': {
      level: 'supported',
      proof: ['http.cookies.set-several', 'http.stream.status-and-headers'],
      note: 'an ALB target group needs multi-value headers on; without them only the first Set-Cookie is sent',
      docs: [ALB],
    },
    'binary-request': {
      level: 'supported',
      proof: ['http.body.binary-all-bytes', 'http.body.multipart', 'http.body.image'],
    },
    'binary-response': { level: 'supported', proof: ['http.body.gzip-response', 'http.stream.binary'] },
    'compressed-bodies': { level: 'supported', proof: ['http.body.gzip-request', 'http.body.gzip-response'] },
    'fetch-apps': { level: 'supported', proof: ['http.hono.query', 'http.hono.post-json', 'http.hono.cookies'] },
    'error-masking': { level: 'supported', proof: ['http.error.thrown', 'http.error.malformed-input'] },
  },
  streaming: {
    support: {
      level: 'supported',
      proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
      via: ['aws:function-url-stream'],
      docs: [STREAMING],
    },
    requires:
      'toStreamingLambda and a Function URL with InvokeMode RESPONSE_STREAM; API Gateway HTTP APIs and ALBs buffer',
  },
  maxRequest: limit(6, 'MB', LIMITS, {
    note: 'the whole event: a binary body is base64 inside it (about 4.5 MB of bytes); behind an ALB 1 MB',
  }),
  maxResponse: limit(6, 'MB', LIMITS, { note: 'buffered; a streamed response may reach 200 MB' }),
};

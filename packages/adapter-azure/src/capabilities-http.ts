import type { Capabilities } from '@faasport/core/capabilities';
import { limit, SCALE, STREAMS } from './capabilities-facts.js';

/** http of the azure adapter's capability model. */
export const http: Capabilities['http'] = {
  features: {
    methods: { level: 'supported', proof: ['http.method.head', 'http.method.options', 'http.method.patch'] },
    'raw-query': {
      level: 'supported',
      proof: ['http.query.repeated-keys', 'http.query.plus-and-encoded-plus', 'http.query.encoded-reserved'],
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
      note: 'sent through the cookies array; the host percent-encodes values itself',
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
      level: 'partial',
      proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
      note: 'buffered unless enableHttpStreaming() runs first; the conformance suite runs the buffered path (the streaming path is tested on the converters only)',
      docs: [STREAMS],
    },
    requires:
      'enableHttpStreaming() (app.setup({ enableHttpStream: true })) at the top of the entry, Functions host 4.28 or later',
  },
  maxRequest: limit(100, 'MB', SCALE, { note: 'URL up to 8,192 characters, query up to 4,096' }),
  maxResponse: limit('not documented', 'MB', SCALE, { note: 'every HTTP response must start within 230 s' }),
};

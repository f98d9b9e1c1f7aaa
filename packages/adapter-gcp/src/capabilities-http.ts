import type { Capabilities } from '@faasport/core/capabilities';
import { limit, QUOTAS } from './capabilities-facts.js';

/** http of the gcp adapter's capability model. */
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
    },
    'binary-request': {
      level: 'supported',
      proof: ['http.body.binary-all-bytes', 'http.body.multipart', 'http.body.image'],
    },
    'binary-response': { level: 'supported', proof: ['http.body.gzip-response', 'http.stream.binary'] },
    'compressed-bodies': {
      level: 'partial',
      proof: ['http.body.gzip-request', 'http.body.gzip-response'],
      note: 'the Functions Framework inflates a Content-Encoding request body before the function runs: the handler gets the decoded bytes',
      docs: ['https://github.com/expressjs/body-parser#inflate'],
    },
    'fetch-apps': { level: 'supported', proof: ['http.hono.query', 'http.hono.post-json', 'http.hono.cookies'] },
    'error-masking': { level: 'supported', proof: ['http.error.thrown', 'http.error.malformed-input'] },
  },
  streaming: {
    support: {
      level: 'supported',
      proof: ['http.stream.chunks', 'http.stream.binary', 'http.stream.status-and-headers', 'http.stream.empty'],
    },
    requires: 'nothing: HTTP functions stream natively (streamed responses up to 10 MB)',
  },
  maxRequest: limit(32, 'MB', QUOTAS, { note: 'uncompressed' }),
  maxResponse: limit(32, 'MB', QUOTAS, { note: '10 MB when streamed' }),
};

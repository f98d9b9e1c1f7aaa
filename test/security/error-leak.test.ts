// No error message or stack frame in any HTTP response body, on every adapter and every error
// path; the log line has both (issue 7, item 6).
import { http, MalformedInputError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { STACK_FRAME, targets } from './helpers.js';

const SECRET = 'db password is hunter2';

interface ErrorPath {
  readonly name: string;
  readonly def: ReturnType<typeof http>;
  /** What the log must contain besides a stack frame. */
  readonly logged: RegExp;
}

function failingBody(): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream({
    pull(controller) {
      if (sent) throw new Error(SECRET);
      sent = true;
      controller.enqueue(new TextEncoder().encode('partial '));
    },
  });
}

const paths: ErrorPath[] = [
  {
    name: 'handler throws',
    def: http(() => {
      throw new Error(SECRET);
    }),
    logged: /hunter2/,
  },
  {
    name: 'handler rejects with a non-Error',
    def: http(() => Promise.reject(new TypeError(SECRET))),
    logged: /hunter2/,
  },
  {
    name: 'handler returns something that is not a Response',
    def: http((() => ({ secret: SECRET })) as never),
    logged: /must return a Response/,
  },
  {
    name: 'body stream fails mid-read',
    def: http(() => new Response(failingBody(), { headers: { 'content-type': 'application/octet-stream' } })),
    logged: /hunter2/,
  },
  {
    name: 'malformed input',
    def: http(() => {
      throw new MalformedInputError(SECRET);
    }),
    logged: /hunter2/,
  },
];

describe.each(targets)('$name: error bodies reveal nothing', (target) => {
  it.each(paths)('$name', async ({ def, logged }) => {
    const out = await target.run(def, new Request('https://api.example.com/e', { method: 'POST', body: 'x' }));
    expect(out.status === 0 || out.status >= 400 || out.body.startsWith('partial')).toBe(true);
    expect(out.body).not.toContain('hunter2');
    expect(out.body).not.toMatch(STACK_FRAME);
    expect(out.body).not.toMatch(/Error:|must return a Response/);
    const log = out.logs.join('\n');
    expect(log).toMatch(logged);
    expect(log).toMatch(STACK_FRAME);
  });
});

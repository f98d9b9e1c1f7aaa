// No error message or stack frame in any HTTP response body, on every adapter and every error
// path; the log line has both (issue 7, item 6).
import { eventTransport as gcpEventTransport } from '@faasport/adapter-gcp/testing';
import { type Definition, type HttpDefinition, http, MalformedInputError, queue, type Schema } from '@faasport/core';
import { describe, expect, it, vi } from 'vitest';
import { STACK_FRAME, targets } from './helpers.js';

const SECRET = 'db password is hunter2';

// A Standard Schema whose refusal message carries the secret, as a data-echoing validator's would.
const hunterSchema: Schema<never> = {
  '~standard': { version: 1, vendor: 'test', validate: () => ({ issues: [{ message: SECRET }] }) },
};

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

// Event paths answer the platform over HTTP too (issue 10, item 5): a failing CloudEvent function
// (FF answers a rejection with its message outside production) and a Pub/Sub push answer carry the
// status text only, whether the handler failed, the schema refused the data or the body was not an
// event; the log has the detail.
describe('gcp event paths: error bodies reveal nothing', () => {
  const failing = queue(async () => {
    throw new Error(SECRET);
  });
  const strict = queue({ schema: hunterSchema }, async () => {});
  const deliveries: [string, Exclude<Definition, HttpDefinition>, string, number][] = [
    ['handler throws, CloudEvent', failing, 'pubsub', 500],
    ['handler throws, push', failing, 'pubsub-push', 500],
    ['schema refuses the data, CloudEvent', strict, 'pubsub', 500],
    ['schema refuses the data, push', strict, 'pubsub-push', 400],
  ];

  it.each(deliveries)('%s', async (_name, def, source, status) => {
    const lines: string[] = [];
    const events = gcpEventTransport({ logSink: (_level, line) => lines.push(line) });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const report = await events.deliver(def, { kind: 'message', messages: [{ id: 'm', body: '{}' }] }, source);
      const [answer] = report.results as { status: number; body: string }[];
      expect(answer?.status).toBe(status);
      expect(answer?.body).toBe(status === 400 ? 'Bad Request' : 'Internal Server Error');
      expect(lines.join('\n')).toMatch(/hunter2/);
    } finally {
      errors.mockRestore();
      await events.close();
    }
  });
});

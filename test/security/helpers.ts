// Shared by the security suites: run one definition through every adapter the way the platform
// does, and collect what the client gets and what the function logged.
import { lambdaTransport } from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { HttpDefinition } from '@faasport/core';
import { describeThrown } from '@faasport/core/adapter';
import fc from 'fast-check';
import { vi } from 'vitest';
import {
  circular,
  loopingCause,
  nested,
  revokedProxy,
  throwingGetter,
  throwingMessage,
  throwingToJson,
} from '../../packages/core/test/helpers/hostile.js';
import { AWS_SHAPES } from '../conformance/transports.js';

/** What one request produced: the client's view and the function's log lines. */
export interface Outcome {
  /** 0 when the connection was cut before a status arrived. */
  readonly status: number;
  readonly headers: readonly [string, string][];
  readonly body: string;
  readonly logs: readonly string[];
}

/** A platform a definition can be run through. */
export interface Target {
  readonly name: string;
  run(def: HttpDefinition, request: Request): Promise<Outcome>;
}

/** Matches a V8 stack frame (`    at fn (file:1:2)`) or any `file:line:col` location. */
export const STACK_FRAME = /\n\s+at |\bat .+:\d+:\d+|\.[cm]?[jt]s:\d+:\d+/;

/** Reads a body to the end, keeping what arrived when the connection is cut midway. */
export async function readAll(res: Response): Promise<string> {
  if (res.body === null) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (let i = 0; i < 10_000; i++) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch {
    // Truncated on purpose by the adapter (headers were already out).
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function outcomeOf(fetched: Promise<Response>, logs: () => string[]): Promise<Outcome> {
  let res: Response;
  try {
    res = await fetched;
  } catch {
    return { status: 0, headers: [], body: '', logs: logs() };
  }
  const body = await readAll(res);
  return { status: res.status, headers: [...res.headers], body, logs: logs() };
}

// Lambda's logger writes to stdout (CloudWatch reads it from there).
async function captureStdout<T>(fn: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  try {
    return { value: await fn(), lines };
  } finally {
    spy.mockRestore();
  }
}

const aws: Target[] = AWS_SHAPES.map((shape) => ({
  name: `aws:${shape}`,
  async run(def, request) {
    const { value, lines } = await captureStdout(async () => {
      const res = await outcomeOf(lambdaTransport(def, { shape }).fetch(request), () => []);
      return res;
    });
    return { ...value, logs: lines };
  },
}));

const gcp: Target = {
  name: 'gcp',
  async run(def, request) {
    const lines: string[] = [];
    const transport = await cloudFunctionTransport(def, { logSink: (_level, line) => lines.push(line) });
    try {
      return await outcomeOf(transport.fetch(request), () => lines);
    } finally {
      await transport.close();
    }
  },
};

const azure: Target = {
  name: 'azure',
  async run(def, request) {
    const transport = azureTransport(def);
    return outcomeOf(transport.fetch(request), () => transport.logs.map((l) => l.message));
  },
};

/** Every adapter: each AWS HTTP shape, GCP through the Functions Framework, Azure through its library. */
export const targets: readonly Target[] = [...aws, gcp, azure];

/** One hostile value, boxed: fast-check clones and prints what it generates, which a revoked proxy breaks. */
export class Hostile {
  constructor(readonly value: unknown) {}
  [fc.toStringMethod](): string {
    return `Hostile(${describeThrown(this.value)})`;
  }
}

const HOSTILE_MAKERS: ReadonlySet<unknown> = new Set([loopingCause, throwingMessage, revokedProxy, circular]);

/**
 * Anything a hostile handler may throw or log (issue 10, item 7): any JSON value, fast-check's
 * `anything` (BigInt, Maps, boxed values, null prototypes, `toString`/`valueOf` keys), symbols,
 * cycles, getters and `toJSON` that throw, nesting up to 6,000 deep, Errors whose cause is any of
 * that, looping cause chains, unreadable messages and revoked proxies. Built fresh per case.
 */
export const hostileValue: fc.Arbitrary<Hostile> = fc
  .oneof(
    fc.jsonValue(),
    fc.anything({ withBigInt: true, withMap: true, withSet: true, withBoxedValues: true, withNullPrototype: true }),
    fc.bigInt(),
    fc.string().map((s) => Symbol(s)),
    fc.constantFrom<unknown>(undefined, null, 0, Number.NaN, '', false),
    fc.dictionary(fc.string(), fc.jsonValue()).map((o) => Object.assign(o, { self: o })),
    fc.tuple(fc.string(), fc.jsonValue()).map(([key, v]) => Object.assign(throwingGetter(), { [`k${key}`]: v })),
    fc.jsonValue().map((v) => ({ v, ...throwingToJson() })),
    fc.integer({ min: 100, max: 6000 }).map(nested),
    fc.tuple(fc.string(), fc.anything()).map(([message, cause]) => new Error(message, { cause })),
    fc.constantFrom(loopingCause, throwingMessage, revokedProxy, circular),
  )
  .map((v) => new Hostile(typeof v === 'function' && HOSTILE_MAKERS.has(v) ? v() : v));

/** Runs `fn` with stdout swallowed (the AWS logger writes there, one line per failed case). */
export async function quietStdout<T>(fn: () => Promise<T>): Promise<T> {
  return (await captureStdout(fn)).value;
}

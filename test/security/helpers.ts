// Shared by the security suites: run one definition through every adapter the way the platform
// does, and collect what the client gets and what the function logged.
import { lambdaTransport } from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { HttpDefinition } from '@faasport/core';
import { vi } from 'vitest';
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

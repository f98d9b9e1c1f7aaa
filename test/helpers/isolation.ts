// Shared by the concurrency tests of every adapter: an HTTP definition that checks, deep in async
// code, that the invocation it runs for is its own, and the checks over what it answered and logged.
import { spawn } from 'node:child_process';
import { type Context, currentContext, http } from '@faasport/core';
import { expect } from 'vitest';

/** What the probe answers for one request. */
export interface ProbeAnswer {
  /** The `token` query parameter the request carried. */
  readonly token: string;
  readonly invocationId: string;
  /** `currentContext()` after a timer, a microtask and a setImmediate, deep below the handler. */
  readonly deepIds: (string | undefined)[];
  /** Whether `currentContext()` was the very `ctx` object the handler got. */
  readonly same: boolean;
  /** The token deep code found in module state keyed by `currentContext()` after the awaits. */
  readonly stateToken: string | undefined;
}

// Per-invocation state the way applications keep it: keyed by the current context.
const tokens = new WeakMap<Context, string>();

function jitter(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 4)));
}

async function deepest(): Promise<string | undefined> {
  await Promise.resolve();
  return new Promise((resolve) => setImmediate(() => resolve(currentContext()?.invocationId)));
}

async function deep(): Promise<(string | undefined)[]> {
  const ids: (string | undefined)[] = [];
  await jitter();
  ids.push(currentContext()?.invocationId);
  ids.push(await deepest());
  await jitter();
  ids.push(currentContext()?.invocationId);
  return ids;
}

/** Answers `ProbeAnswer` as JSON; logs `probe start` / `probe end` with the token. */
export const probe = http(async (req: Request, ctx: Context) => {
  const token = new URL(req.url).searchParams.get('token') ?? '';
  tokens.set(ctx, token);
  ctx.log.info('probe start', { token });
  const deepIds = await deep();
  const current = currentContext();
  const stateToken = current ? tokens.get(current) : undefined;
  ctx.log.info('probe end', { token });
  const answer: ProbeAnswer = { token, invocationId: ctx.invocationId, deepIds, same: current === ctx, stateToken };
  return Response.json(answer);
});

/**
 * Checks N answers of N concurrent invocations: each saw its own id everywhere, none saw another's
 * state, and every log line with a token carries the invocation id of the request that had the token.
 */
export function expectIsolated(
  answers: readonly ProbeAnswer[],
  expected: ReadonlyMap<string, string>,
  lines: readonly { invocationId: string | undefined; token: unknown }[],
): void {
  expect(answers).toHaveLength(expected.size);
  for (const answer of answers) {
    expect(answer.invocationId).toBe(expected.get(answer.token));
    expect(answer.deepIds).toEqual([answer.invocationId, answer.invocationId, answer.invocationId]);
    expect(answer.same).toBe(true);
    expect(answer.stateToken).toBe(answer.token);
  }
  const tokened = lines.filter((l) => typeof l.token === 'string');
  expect(tokened).toHaveLength(expected.size * 2);
  for (const line of tokened) expect(line.invocationId).toBe(expected.get(line.token as string));
  expect(currentContext()).toBeUndefined();
}

/** How a child process ended. */
export interface ChildOutcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts `node --import tsx <args>` from the repo root, waits for `ready` on its stdout, sends
 * `signal`, and resolves when it exits (killed after `limitMs` if it does not).
 */
export function signalChild(
  args: readonly string[],
  options: { ready: string; signal?: NodeJS.Signals; env?: Record<string, string>; limitMs?: number },
): Promise<ChildOutcome> {
  const root = new URL('../../', import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'test', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  return new Promise((resolve, reject) => {
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`child did not exit in time; stdout: ${stdout}; stderr: ${stderr}`));
    }, options.limitMs ?? 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (!signalled && stdout.includes(options.ready)) {
        signalled = true;
        child.kill(options.signal ?? 'SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(limit);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// Runs a documented command line as a user types it (`sh -c`), in its own process group so that
// everything it starts (npm, npx, tsx, node, Functions Framework servers) is stopped together.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a finished command did. */
export interface LineResult {
  /** Exit code, or `null` when a signal ended it. */
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** True when the time bound ran out and the test stopped it. */
  readonly timedOut: boolean;
}

/** A started command: its output so far, a wait for a line, and `stop()`. */
export interface RunningLine {
  output(): { stdout: string; stderr: string };
  /** Resolves with the first match of `pattern` in stdout+stderr; rejects when the process ends first or after `ms`. */
  waitFor(pattern: RegExp, ms: number): Promise<RegExpExecArray>;
  /** SIGTERM to the whole group, SIGKILL after 5 s; resolves once it ended. */
  stop(): Promise<LineResult>;
  readonly done: Promise<LineResult>;
}

/**
 * The environment a user's shell in `root` has: no `npm_*` variables of the npm running the tests
 * (they point at this checkout), npm kept off the network, and with `withBin` node_modules/.bin on
 * the PATH (as npm scripts have it, for a bare `faasport …`).
 */
export function userEnv(root: string, withBin: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|INIT_CWD$|VITEST|NODE_OPTIONS$)/i.test(key)) env[key] = value;
  }
  env.npm_config_offline = 'true';
  env.npm_config_update_notifier = 'false';
  if (withBin) env.PATH = `${join(root, 'node_modules', '.bin')}:${env.PATH ?? ''}`;
  return env;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group has already exited
  }
}

/**
 * Starts `sh -c <command>` in `cwd`; it is stopped after `timeoutMs` at the latest.
 *
 * @example
 * const result = await startLine('npx faasport --help', { cwd: root, env: userEnv(root, false), timeoutMs: 60_000 }).done
 */
export function startLine(
  command: string,
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number },
): RunningLine {
  const child = spawn('sh', ['-c', command], { cwd: options.cwd, env: options.env, detached: true });
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const done = new Promise<LineResult>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, timedOut }));
  });
  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const force = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    const result = await done;
    clearTimeout(force);
    killGroup(child, 'SIGKILL'); // anything of the group that outlived its parent
    return result;
  };
  const bound = setTimeout(() => {
    timedOut = true;
    void stop();
  }, options.timeoutMs);
  void done.then(() => clearTimeout(bound));
  const waitFor = (pattern: RegExp, ms: number) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(`${stdout}\n${stderr}`);
        if (!match) return false;
        cleanup();
        resolve(match);
        return true;
      };
      const onData = () => void check();
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`no ${pattern} within ${ms} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        child.stdout.off('data', onData);
        child.stderr.off('data', onData);
      };
      if (check()) return;
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      void done.then(() => {
        if (check()) return;
        cleanup();
        reject(new Error(`ended before ${pattern}\nstdout:\n${stdout}\nstderr:\n${stderr}`));
      });
    });
  return { output: () => ({ stdout, stderr }), waitFor, stop, done };
}

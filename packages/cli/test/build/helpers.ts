import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Definition } from '@faasport/core';
import type { FunctionConfig } from '../../src/build/config.js';
import type { PlannedFunction } from '../../src/build/plan.js';

/** The repo root (externals of built artifacts resolve from its node_modules). */
export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

/** A fixture entry of the build tests. */
export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/build/${path}`, import.meta.url));

/** An example's entry file. */
export const example = (path: string): string => join(repoRoot, 'examples', path);

/**
 * A fresh output folder inside the repo (so `node_modules` resolves) and ignored by git (`.faasport/`).
 *
 * @example
 * const out = freshOutDir('hello-aws')
 */
export function freshOutDir(name: string): string {
  const dir = join(repoRoot, 'packages', 'cli', '.faasport', 'build-test', `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A planned function for module tests. */
export const planned = (name: string, definition: Definition, config: FunctionConfig = {}): PlannedFunction => ({
  name,
  definition,
  config,
});

/**
 * Runs a Node script in a fresh process from the repo root and resolves to its stdout.
 *
 * @example
 * const out = await runNode([hostScript, outDir])
 */
export function runNode(args: readonly string[], timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...args], { cwd: repoRoot, timeout: timeoutMs }, (error, stdout, stderr) => {
      if (error) reject(new Error(`node ${args.join(' ')} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

const FF_MAIN = join(repoRoot, 'node_modules', '@google-cloud', 'functions-framework', 'build', 'src', 'main.js');
const LOOPBACK = fixture('loopback.cjs');

/** A running Functions Framework CLI serving one target. */
export interface FrameworkServer {
  readonly url: string;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real `functions-framework --target=<name> --source=<folder>` CLI in a fresh Node
 * process on 127.0.0.1 and resolves once it serves (or rejects with its output).
 *
 * @example
 * const ff = await startFramework(outDir, 'hello'); await fetch(ff.url); await ff.stop()
 */
export async function startFramework(source: string, target: string, timeoutMs = 10_000): Promise<FrameworkServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ['--require', LOOPBACK, FF_MAIN, `--target=${target}`, `--source=${source}`, `--port=${port}`],
    { cwd: repoRoot, env: { ...process.env, NODE_ENV: 'development' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  const deadline = Date.now() + timeoutMs;
  while (!output.includes('Serving function')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`the Functions Framework did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}

const CLI_BIN = join(repoRoot, 'packages', 'cli', 'dist', 'cli.js');
const LISTENING = / at (http:\/\/127\.0\.0\.1:\d+) /;

/** `faasport dev --lambda <out>` in a fresh Node process: the built AWS artifact behind dev's Lambda API. */
export interface DevLambda {
  readonly url: string;
  /** What it printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the built bin (`packages/cli/dist/cli.js`, built by `npm test` before vitest) as
 * `faasport dev --lambda <outDir> --port 0` — it imports `<outDir>/index.mjs` as the Lambda runtime
 * would — and resolves once its banner names the URL.
 *
 * @example
 * const dev = await startDevLambda(outDir); new LambdaClient({ endpoint: dev.url }); await dev.stop()
 */
export async function startDevLambda(outDir: string, timeoutMs = 10_000): Promise<DevLambda> {
  if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} is missing: run npm run build --workspace packages/cli`);
  const child = spawn(process.execPath, [CLI_BIN, 'dev', '--lambda', outDir, '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + timeoutMs;
  let url = LISTENING.exec(output)?.[1];
  while (!url) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`faasport dev --lambda did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
    url = LISTENING.exec(output)?.[1];
  }
  return { url, output: () => output, stop };
}

/** A JSON file under the repo root, parsed. */
export const readRootJson = (path: string): { version?: string } & Record<string, unknown> =>
  JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));

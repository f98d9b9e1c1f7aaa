import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './helpers.js';

const FF_MAIN = join(repoRoot, 'node_modules', '@google-cloud', 'functions-framework', 'build', 'src', 'main.js');
const LOOPBACK = fileURLToPath(new URL('./loopback.cjs', import.meta.url));

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

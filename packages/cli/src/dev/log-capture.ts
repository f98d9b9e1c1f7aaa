import { AsyncLocalStorage } from 'node:async_hooks';

type Write = typeof process.stdout.write;

const current = new AsyncLocalStorage<string[]>();
let installs = 0;
let restore: (() => void) | undefined;

function tee(stream: NodeJS.WriteStream): () => void {
  const original: Write = stream.write;
  stream.write = function write(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    const lines = current.getStore();
    if (lines) lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as Write;
  return () => {
    stream.write = original;
  };
}

/**
 * Starts copying what is written to stdout and stderr inside `captureLogs` into that call's buffer
 * (output still reaches the terminal). Reference-counted: call the returned function to uninstall.
 *
 * @example
 * const uninstall = installLogCapture(); try { … } finally { uninstall() }
 */
export function installLogCapture(): () => void {
  if (installs++ === 0) {
    const out = tee(process.stdout);
    const err = tee(process.stderr);
    restore = () => {
      out();
      err();
    };
  }
  let done = false;
  return () => {
    if (done) return;
    done = true;
    if (--installs === 0) {
      restore?.();
      restore = undefined;
    }
  };
}

/**
 * Runs `fn` and returns what it wrote to stdout/stderr (through every `await`, as Lambda's log
 * stream holds one invocation's lines), for `X-Amz-Log-Type: Tail`.
 *
 * @example
 * const { value, output } = await captureLogs(() => invokeLambda(name, def, event, id))
 */
export async function captureLogs<T>(fn: () => Promise<T>): Promise<{ value: T; output: string }> {
  const lines: string[] = [];
  const value = await current.run(lines, fn);
  return { value, output: lines.join('') };
}

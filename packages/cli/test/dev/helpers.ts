// Shared by the dev server tests: the test entry, a server per test, what handlers saw, a fake clock.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Clock } from '../../src/dev/clock.js';
import { type DevServer, type DevServerOptions, startDevServer } from '../../src/dev/server.js';

/** The entry with one definition of every kind. */
export const appEntry = fileURLToPath(new URL('../fixtures/dev/app.ts', import.meta.url));

/** Where bundles go (gitignored), inside the repo so `@faasport/*` resolves. */
export const outDir = fileURLToPath(new URL('../../.faasport/test-load', import.meta.url));

/** Starts a dev server on a free port, quiet, no watching and no ticking unless asked; returns it and its log. */
export async function devServer(options: Partial<DevServerOptions> = {}): Promise<{ dev: DevServer; lines: string[] }> {
  const lines: string[] = [];
  const dev = await startDevServer({
    entry: appEntry,
    port: 0,
    outDir,
    watch: false,
    clock: null,
    log: (line) => lines.push(line),
    ...options,
  });
  return { dev, lines };
}

/** What the test entry's handlers recorded since the last call (and clears it). */
export function takeSeen(): Record<string, unknown>[] {
  const g = globalThis as { __faasportSeen?: Record<string, unknown>[] };
  const out = g.__faasportSeen ?? [];
  g.__faasportSeen = [];
  return out;
}

/** POSTs JSON to the dev server's event route. */
export async function fire(dev: DevServer, name: string, payload: unknown, source?: string) {
  const query = source ? `?source=${encodeURIComponent(source)}` : '';
  const res = await fetch(`${dev.url}/_faasport/${name}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> & { error?: { message: string } } };
}

/** A folder inside the repo (gitignored) holding the given files, for entries a test rewrites. */
export function tempProject(files: Record<string, string>): string {
  const base = fileURLToPath(new URL('../../.faasport/', import.meta.url));
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, 'project-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A clock that moves only when told: `advance(ms)` runs the timers that fall due, in order. */
export function fakeClock(start: number): Clock & { advance(ms: number): Promise<void>; pending(): number } {
  let now = start;
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let ids = 0;
  return {
    now: () => now,
    setTimer(fn, ms) {
      const id = ++ids;
      timers.push({ at: now + ms, fn, id });
      return () => {
        timers = timers.filter((t) => t.id !== id);
      };
    },
    async advance(ms) {
      const end = now + ms;
      for (let guard = 0; guard < 10_000; guard++) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (!next || next.at > end) break;
        timers.shift();
        now = next.at;
        next.fn();
        await new Promise((resolve) => setImmediate(resolve));
      }
      now = end;
    },
    pending: () => timers.length,
  };
}

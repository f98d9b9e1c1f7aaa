import type { HttpDefinition } from '@faasport/core';
import { createHttpRunner, type HttpRunner } from './http-runner.js';
import type { HttpRoute } from './routes.js';

const CLOUDS = ['aws', 'gcp', 'azure'] as const;

// Each sample is made afresh per target: a Request body can be read once.
const SAMPLES: readonly ((base: string) => Request)[] = [
  (base) => new Request(`${base}/?name=Ada&lang=en&lang=fr`),
  (base) =>
    new Request(`${base}/`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Grace' }),
    }),
];

/**
 * Lays rows out as an aligned table, a rule under the header.
 *
 * @example
 * table([['a', 'b'], ['1', '2']]) // "a  b\n-  -\n1  2\n"
 */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const lines = rows.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return `${lines.join('\n')}\n`;
}

async function answer(runner: HttpRunner | undefined, req: Request): Promise<string[]> {
  const res = runner ? await runner.fetch(req, 'demo') : await fetch(req);
  return [String(res.status), res.headers.get('content-type') ?? '', (await res.text()).replace(/\s+/g, ' ')];
}

/**
 * Sends the same requests to each HTTP function through the running dev server and through the AWS,
 * GCP and Azure reverse adapters, and renders the answers side by side (the `--demo` of `faasport dev`).
 *
 * @example
 * process.stdout.write(await demo(dev.url, dev.state.routes))
 */
export async function demo(serverUrl: string, routes: readonly HttpRoute[]): Promise<string> {
  let out = '';
  for (const route of routes) {
    const runners = new Map<string, HttpRunner>();
    try {
      for (const cloud of CLOUDS)
        runners.set(cloud, await createHttpRunner(route.name, route.def as HttpDefinition, cloud));
      for (const make of SAMPLES) {
        const shown = make('http://localhost');
        const { pathname, search } = new URL(shown.url);
        out += `\n${route.name}: ${shown.method} ${route.prefix}${pathname}${search}\n`;
        const rows: string[][] = [['through', 'status', 'content-type', 'body']];
        rows.push(['dev server', ...(await answer(undefined, make(`${serverUrl}${route.prefix}`)))]);
        for (const [cloud, runner] of runners)
          rows.push([cloud, ...(await answer(runner, make('https://demo.example.com')))]);
        out += table(rows);
      }
    } finally {
      await Promise.all([...runners.values()].map((r) => r.close()));
    }
  }
  return out;
}

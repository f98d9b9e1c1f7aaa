// startDevServer: HTTP through every provider, routes, 127.0.0.1 only, the body cap, reload, schedules ticking.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../../src/dev/server.js';
import { UsageError } from '../../src/errors.js';
import { EntryLoadError } from '../../src/load-entry.js';
import { devServer, fakeClock, outDir, takeSeen, tempProject } from './helpers.js';

const open: DevServer[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.close()));
});
async function start(options: Parameters<typeof devServer>[0] = {}) {
  const started = await devServer(options);
  open.push(started.dev);
  return started;
}

describe('HTTP', () => {
  it.each(['local', 'aws', 'gcp', 'azure'] as const)(
    'through %s: method, path after the prefix, raw query, body',
    async (as) => {
      const { dev, lines } = await start({ as });
      const res = await fetch(`${dev.url}/api/orders/7?a=1&a=2&b=%20x`, { method: 'POST', body: 'hello' });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        provider: as,
        method: 'POST',
        path: '/orders/7',
        search: '?a=1&a=2&b=%20x',
        body: 'hello',
      });
      expect(lines.at(-1)).toMatch(
        new RegExp(`api POST /api/orders/7\\?a=1&a=2&b=%20x → 200 \\[${as}\\] [\\d.]+ ms id=[0-9a-f-]{36}$`),
      );
    },
  );

  it.each(['local', 'aws', 'gcp', 'azure'] as const)(
    'through %s: HttpError keeps its status, other errors are a 500 that reveals nothing',
    async (as) => {
      const { dev } = await start({ as });
      const teapot = await fetch(`${dev.url}/api/teapot`);
      expect([teapot.status, await teapot.text()]).toEqual([418, 'short and stout']);
      const boom = await fetch(`${dev.url}/api/boom`);
      expect(boom.status).toBe(500);
      expect(await boom.text()).not.toContain('secret detail');
    },
  );

  it('mounts each function at its route (options.route, else the export name); unknown paths are a 404 listing them', async () => {
    const { dev } = await start();
    expect(await (await fetch(`${dev.url}/admin/v1/users`)).text()).toBe('admin /users');
    const missing = await fetch(`${dev.url}/elsewhere`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { routes: ['/admin/v1/', '/api/'] } });
  });

  it('a lone HTTP function is served at /', async () => {
    const dir = tempProject({
      'index.ts':
        "import { http } from '@faasport/core';\nexport const only = http((req) => new Response(new URL(req.url).pathname));\n",
    });
    const { dev } = await start({ entry: join(dir, 'index.ts') });
    expect(await (await fetch(`${dev.url}/some/where`)).text()).toBe('/some/where');
  });

  it('answers 413 to a body over the cap, by Content-Length and by a chunked stream', async () => {
    const { dev, lines } = await start({ bodyLimit: 1024 });
    expect((await fetch(`${dev.url}/api/x`, { method: 'POST', body: 'x'.repeat(1025) })).status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < 4; i++) c.enqueue(new Uint8Array(400));
        c.close();
      },
    });
    const res = await fetch(`${dev.url}/api/x`, { method: 'POST', body: chunks, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect((await fetch(`${dev.url}/api/x`, { method: 'POST', body: 'x'.repeat(1024) })).status).toBe(200);
    expect(lines.filter((l) => l.includes('→ 413'))).toHaveLength(2);
  });
});

describe('binding', () => {
  it('listens on 127.0.0.1 only unless a host is given', async () => {
    const { dev } = await start();
    expect(dev.url).toBe(`http://127.0.0.1:${dev.port}`);
    // Bound to 127.0.0.1 itself, not to every address: another loopback address finds nothing there.
    await expect(fetch(`http://127.0.0.2:${dev.port}/api/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow();
    const other = await start({ host: '127.0.0.2' });
    expect(other.dev.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+$/);
    expect((await fetch(`${other.dev.url}/api/`)).status).toBe(200);
  });
});

describe('loading and reloading', () => {
  it('needs an entry or lambdaHandlers (UsageError)', async () => {
    const failed = devServer({ entry: undefined });
    await expect(failed).rejects.toBeInstanceOf(UsageError);
    await expect(failed).rejects.toThrow('startDevServer needs an entry or lambdaHandlers');
  });

  it('with lambdaHandlers only: no definitions, nothing to reload, the handlers on the Lambda API', async () => {
    const { dev } = await start({ entry: undefined, lambdaHandlers: { ping: () => 'pong' } });
    expect(dev.state.definitions.size).toBe(0);
    expect(await dev.reload()).toBe(false);
    const res = await fetch(`${dev.url}/2015-03-31/functions/ping/invocations`, { method: 'POST', body: '{}' });
    expect(await res.json()).toBe('pong');
  });

  it('rejects with EntryLoadError naming the problem when the entry cannot load', async () => {
    const dir = tempProject({ 'index.ts': 'export const x = 1;\n' });
    await expect(devServer({ entry: join(dir, 'index.ts') })).rejects.toThrow(EntryLoadError);
    await expect(devServer({ entry: join(dir, 'index.ts') })).rejects.toThrow(/exports no faasport definitions/);
  });

  it('reloads on a file change; a broken version keeps the old one serving and says why', async () => {
    const v = (text: string) =>
      `import { http } from '@faasport/core';\nexport const app = http(() => new Response('${text}'));\n`;
    const dir = tempProject({ 'index.ts': v('one') });
    const { dev, lines } = await start({ entry: join(dir, 'index.ts'), watch: true, debounceMs: 20, outDir });
    expect(await (await fetch(`${dev.url}/`)).text()).toBe('one');
    const waitFor = async (pattern: RegExp) => {
      for (let i = 0; i < 200 && !lines.some((l) => pattern.test(l)); i++) await new Promise((r) => setTimeout(r, 25));
      expect(lines.some((l) => pattern.test(l))).toBe(true);
    };
    writeFileSync(join(dir, 'index.ts'), v('two'));
    await waitFor(/^reloaded .*: app$/);
    expect(await (await fetch(`${dev.url}/`)).text()).toBe('two');
    writeFileSync(join(dir, 'index.ts'), 'export const = ;');
    await waitFor(/^reload failed, still serving the previous version: cannot load .* does not compile/);
    expect(await (await fetch(`${dev.url}/`)).text()).toBe('two');
  });
});

describe('schedules', () => {
  it('ticks rate(1 minute) on the clock, delivered through the provider, one log line per tick', async () => {
    takeSeen();
    const clock = fakeClock(Date.parse('2026-01-01T00:00:30Z'));
    const { dev, lines } = await start({ clock, as: 'aws' });
    expect(dev.state.schedules?.next.get('nightly')?.toISOString()).toBe('2026-01-01T00:01:30.000Z');
    await clock.advance(59_000);
    expect(takeSeen()).toEqual([]);
    await clock.advance(2 * 60_000);
    for (let i = 0; i < 50 && lines.filter((l) => l.includes('nightly tick')).length < 2; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const seen = takeSeen();
    expect(seen.map((s) => s.time)).toEqual(['2026-01-01T00:01:30.000Z', '2026-01-01T00:02:30.000Z']);
    expect(seen.every((s) => s.provider === 'aws')).toBe(true);
    expect(lines.filter((l) => l.includes('nightly tick'))[0]).toMatch(
      /nightly tick 2026-01-01T00:01:30.000Z → ok \[aws\]/,
    );
  });

  it('stops ticking when closed', async () => {
    const clock = fakeClock(0);
    const { dev } = await start({ clock });
    expect(clock.pending()).toBe(1);
    await dev.close();
    expect(clock.pending()).toBe(0);
  });
});

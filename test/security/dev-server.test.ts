// faasport dev: loopback only, a body cap on every route that takes a body, and no file served from
// anywhere, whatever the path says (issue 7, item 6). 413 on the HTTP route and the 127.0.0.1
// binding are also covered by packages/cli/test/dev/server.test.ts.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { devServer, tempProject } from '../../packages/cli/test/dev/helpers.js';
import { repoRoot } from '../helpers/fixtures.js';

const running: DevServer[] = [];
afterEach(async () => {
  for (const dev of running.splice(0)) await dev.close();
});

async function start(bodyLimit?: number): Promise<DevServer> {
  const { dev } = await devServer(bodyLimit === undefined ? {} : { bodyLimit });
  running.push(dev);
  return dev;
}

/** Sends a raw request path (no URL normalisation, unlike fetch), with extra headers when given. */
function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(5000, () => req.destroy(new Error(`timed out: ${path}`)));
    req.end();
  });
}

describe('faasport dev server', () => {
  it('listens on 127.0.0.1 by default', async () => {
    const dev = await start();
    expect(new URL(dev.url).hostname).toBe('127.0.0.1');
  });

  it('answers 413 over the cap on the HTTP, event and Lambda Invoke routes', async () => {
    const dev = await start(1024);
    const big = JSON.stringify({ pad: 'x'.repeat(2048) });
    const post = (path: string) => fetch(`${dev.url}${path}`, { method: 'POST', body: big });
    expect((await post('/api/x')).status).toBe(413);
    expect((await post('/_faasport/orders')).status).toBe(413);
    expect((await post('/2015-03-31/functions/orders/invocations')).status).toBe(413);
  });

  it.each([
    '/../../package.json',
    '/api/../../../package.json',
    '/%2e%2e/%2e%2e/package.json',
    '/api/..%2f..%2f..%2fpackage.json',
    '/_faasport/..%2f..%2fpackage.json',
    '/..%5c..%5cpackage.json',
    '/../../../../../../etc/passwd',
    '/api/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '//etc/passwd',
  ])('serves no file for %s', async (path) => {
    const dev = await start();
    const { body } = await rawGet(dev.port, path);
    const pkg = readFileSync(join(repoRoot, 'package.json'), 'utf8');
    expect(body).not.toContain('"workspaces"');
    expect(body).not.toContain(pkg.slice(0, 60));
    expect(body).not.toMatch(/root:.*:0:0:/);
  });

  // One HTTP function, served at the root: every path reaches it, and it answers the URL it was given.
  const echoEntry = () =>
    join(
      tempProject({
        'echo.ts':
          "import { http } from '@faasport/core';\nexport const echo = http((req) => Response.json({ url: req.url }));\n",
      }),
      'echo.ts',
    );

  // A path that starts with `//` is a path, not an authority (issue 10, item 6): the handler's URL is the
  // server's own origin followed by the request-target's path, whatever the path or the Host header says.
  it.each([
    ['//evil.example//x', '//evil.example//x', ''],
    ['//evil.example', '//evil.example', ''],
    ['//x?y', '//x', '?y'],
    ['///evil.example/x', '///evil.example/x', ''],
    ['/%2F%2Fevil.example/x%20y', '/%2F%2Fevil.example/x%20y', ''],
    // An absolute-form target (what a proxy is sent) names a host: only its path and query are kept.
    ['http://evil.example/x?y=1', '/x', '?y=1'],
    // A backslash after `?` is query text (a backslash in the path: see the 400 below).
    ['/x?next=//evil.example\\y', '/x', '?next=//evil.example\\y'],
    ['//user@evil.example:80/x?a=1&a=2', '//user@evil.example:80/x', '?a=1&a=2'],
  ])('GET %s reaches the handler at 127.0.0.1 with the path kept', async (path, pathname, search) => {
    const { dev } = await devServer({ entry: echoEntry() });
    running.push(dev);
    const { status, body } = await rawGet(dev.port, path);
    expect(status).toBe(200);
    const seen = new URL((JSON.parse(body) as { url: string }).url);
    expect(seen.host).toBe(`127.0.0.1:${dev.port}`);
    expect(seen.pathname).toBe(pathname);
    expect(seen.search).toBe(search);
  });

  it.each(['aws', 'gcp', 'azure'] as const)('--as %s: the provider run keeps host and path too', async (as) => {
    const { dev } = await devServer({ entry: echoEntry(), as });
    running.push(dev);
    const { status, body } = await rawGet(dev.port, '//evil.example//x?y=1');
    expect(status).toBe(200);
    const seen = new URL((JSON.parse(body) as { url: string }).url);
    expect(seen.host).toBe(`127.0.0.1:${dev.port}`);
    expect([seen.pathname, seen.search]).toEqual(['//evil.example//x', '?y=1']);
  });

  it('a backslash in the path is refused (400) before any function runs: it never becomes `//`', async () => {
    const { dev } = await devServer({ entry: echoEntry() });
    running.push(dev);
    const { status, body } = await rawGet(dev.port, '/\\evil.example/x');
    // @hono/node-server answers 400 "Backslash in request path"; the echo function would answer 200 with a url.
    expect(status).toBe(400);
    expect(body).not.toContain('"url"');
  });

  it('a Host header naming another site does not become the handler URL host', async () => {
    const { dev } = await devServer({ entry: echoEntry() });
    running.push(dev);
    const { body } = await rawGet(dev.port, '/x', { host: 'evil.example' });
    expect(new URL((JSON.parse(body) as { url: string }).url).host).toBe(`127.0.0.1:${dev.port}`);
  });
});

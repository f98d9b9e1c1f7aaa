// faasport dev: loopback only, a body cap on every route that takes a body, and no file served from
// anywhere, whatever the path says (issue 7, item 6). 413 on the HTTP route and the 127.0.0.1
// binding are also covered by packages/cli/test/dev/server.test.ts.
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DevServer } from '../../packages/cli/src/dev/server.js';
import { devServer } from '../../packages/cli/test/dev/helpers.js';
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

/** Sends a raw request path (no URL normalisation, unlike fetch). */
function rawGet(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
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
});

import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { HttpError, MalformedInputError, ResponseError } from '../src/errors.js';
import { http } from '../src/http.js';
import { createLogger, type LogLevel } from '../src/logger.js';
import { runHttp } from '../src/run-http.js';
import { hostileValues } from './helpers/hostile.js';

function setup() {
  const lines: { level: LogLevel; record: Record<string, unknown> }[] = [];
  const log = createLogger({
    format: 'json',
    invocationId: 'inv',
    sink: (level, line) => lines.push({ level, record: JSON.parse(line) }),
  });
  const ctx = createContext({
    provider: 'local',
    functionName: 'f',
    invocationId: 'inv',
    coldStart: false,
    log,
    raw: {},
  });
  return { ctx, lines };
}

describe('runHttp with hostile thrown values (issue 10, item 4)', () => {
  it.each(hostileValues())('%s: a generic 500, one error line that has the thrown value', async (_name, thrown) => {
    const { ctx, lines } = setup();
    const res = await runHttp(
      http(() => {
        throw thrown;
      }),
      new Request('http://x/'),
      ctx,
    );
    expect(res.status).toBe(500);
    expect(await res.text()).toBe('Internal Server Error');
    expect(lines.filter((l) => l.level === 'error')).toHaveLength(1);
    expect(lines[0]?.record).toHaveProperty('error');
  });
});

describe('runHttp', () => {
  it('returns the handler response untouched', async () => {
    const { ctx } = setup();
    const original = new Response('ok', { status: 201 });
    expect(
      await runHttp(
        http(() => original),
        new Request('http://x/'),
        ctx,
      ),
    ).toBe(original);
  });

  it('turns a thrown error into a 500 that reveals nothing, and logs message and stack', async () => {
    const { ctx, lines } = setup();
    const res = await runHttp(
      http(() => {
        throw new Error('secret database password wrong');
      }),
      new Request('http://x/'),
      ctx,
    );
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toBe('Internal Server Error');
    expect(body).not.toContain('secret');
    expect(lines[0]?.level).toBe('error');
    const error = lines[0]?.record.error as { message: string; stack: string };
    expect(error.message).toBe('secret database password wrong');
    expect(error.stack).toContain('run-http.test.ts');
  });

  it('keeps the HttpError status, message and headers', async () => {
    const { ctx } = setup();
    const res = await runHttp(
      http(() => {
        throw new HttpError(429, 'slow down', { headers: { 'retry-after': '3' } });
      }),
      new Request('http://x/'),
      ctx,
    );
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('3');
    expect(await res.text()).toBe('slow down');
  });

  it('sends no body for an HttpError without a message', async () => {
    const { ctx } = setup();
    const res = await runHttp(
      http(() => Promise.reject(new HttpError(404))),
      new Request('http://x/'),
      ctx,
    );
    expect(res.status).toBe(404);
    expect(await res.text()).toBe('');
  });

  it('answers 400 to malformed platform input', async () => {
    const { ctx } = setup();
    const res = await runHttp(
      http(() => {
        throw new MalformedInputError('bad base64');
      }),
      new Request('http://x/'),
      ctx,
    );
    expect(res.status).toBe(400);
  });

  it('answers 500 when the handler returns something that is not a Response', async () => {
    const { ctx, lines } = setup();
    const res = await runHttp(http((() => ({ status: 200 })) as never), new Request('http://x/'), ctx);
    expect(res.status).toBe(500);
    expect(String((lines[0]?.record.error as { message?: string } | undefined)?.message)).toMatch(
      /must return a Response, got object/,
    );
  });

  it('answers 500 (logged, typed) when an HttpError carries a header with CR/LF, never a split header', async () => {
    const { ctx, lines } = setup();
    const cases: Record<string, string>[] = [{ 'x-a': 'v\r\nset-cookie: evil=1' }, { 'X-A\r\nset-cookie': 'evil=1' }];
    for (const headers of cases) {
      lines.length = 0;
      const res = await runHttp(
        http(() => {
          throw new HttpError(401, 'who?', { headers });
        }),
        new Request('http://x/'),
        ctx,
      );
      expect(res.status).toBe(500);
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toBe('Internal Server Error');
      const error = lines[0]?.record.error as { name?: string; message?: string } | undefined;
      expect(lines[0]?.level).toBe('error');
      expect(error?.name).toBe(ResponseError.name);
      expect(error?.message).toMatch(/HttpError\(401\) carries a header that is not valid HTTP/);
    }
  });

  it('writes one request line (method, path without query, status, duration) when requestLog is on', async () => {
    const { ctx, lines } = setup();
    const def = http(() => new Response('created', { status: 201 }), { requestLog: true });
    await runHttp(def, new Request('http://x/orders/7?token=secret', { method: 'POST', body: 'x' }), ctx);
    expect(lines).toHaveLength(1);
    const record = lines[0]?.record ?? {};
    expect(record).toMatchObject({ invocationId: 'inv', method: 'POST', path: '/orders/7', status: 201 });
    expect(typeof record.durationMs).toBe('number');
    expect(JSON.stringify(record)).not.toContain('secret');
  });

  it('logs the final status of a failed request when requestLog is on', async () => {
    const { ctx, lines } = setup();
    const def = http(
      () => {
        throw new Error('boom');
      },
      { requestLog: true },
    );
    await runHttp(def, new Request('http://x/a'), ctx);
    expect(lines.map((l) => l.record.message)).toEqual(['Unhandled error in HTTP handler', 'http request']);
    expect(lines[1]?.record.status).toBe(500);
  });

  it('writes no request line when requestLog is false', async () => {
    const { ctx, lines } = setup();
    await runHttp(
      http(() => new Response('ok'), { requestLog: false }),
      new Request('http://x/'),
      ctx,
    );
    expect(lines).toHaveLength(0);
  });
});

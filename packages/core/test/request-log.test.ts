import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.js';
import { REDACTED } from '../src/redact.js';
import { logRequest, parseRequestLogMode, requestLogMode } from '../src/request-log.js';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger({ invocationId: 'req-1', sink: (_l, line) => lines.push(JSON.parse(line)) });
  return { log, lines };
}

describe('parseRequestLogMode', () => {
  it.each([
    [undefined, 'off'],
    ['', 'off'],
    ['0', 'off'],
    ['off', 'off'],
    ['1', 'on'],
    ['ON', 'on'],
    ['true', 'on'],
    ['headers', 'headers'],
  ] as const)('%s → %s', (value, mode) => {
    expect(parseRequestLogMode(value)).toBe(mode);
  });
});

describe('requestLogMode', () => {
  it('takes the definition option before the environment', () => {
    expect(requestLogMode({ requestLog: true })).toBe('on');
    expect(requestLogMode({ requestLog: 'headers' })).toBe('headers');
    expect(requestLogMode({ requestLog: false })).toBe('off');
  });
});

describe('logRequest', () => {
  it('writes method, path, status, duration and the invocation id', () => {
    const { log, lines } = capture();
    logRequest(log, new Request('https://h/a/b?q=secret'), 204, 1.23456, 'on');
    expect(lines).toEqual([
      expect.objectContaining({
        invocationId: 'req-1',
        message: 'http request',
        method: 'GET',
        path: '/a/b',
        status: 204,
        durationMs: 1.235,
      }),
    ]);
    expect(lines[0]).not.toHaveProperty('headers');
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  it('adds the request headers with credentials redacted in headers mode', () => {
    const { log, lines } = capture();
    const request = new Request('https://h/', {
      headers: {
        authorization: 'Bearer tok',
        'proxy-authorization': 'Basic p',
        cookie: 'sid=s',
        'x-api-key': 'key',
        'user-agent': 'ua',
      },
    });
    logRequest(log, request, 200, 1, 'headers');
    expect(lines[0]?.headers).toEqual({
      authorization: REDACTED,
      'proxy-authorization': REDACTED,
      cookie: REDACTED,
      'x-api-key': REDACTED,
      'user-agent': 'ua',
    });
    expect(JSON.stringify(lines)).not.toMatch(/tok|Basic p|sid=s|"key"/);
  });
});

import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { toHeaderRecord, toHttpRequest, toQueryRecord } from '../../src/testing/http-request.js';

describe('toHttpRequest', () => {
  it("builds the library's HttpRequest with the URL, method, headers, query map, params and body bytes", async () => {
    const req = new Request('http://localhost/api/x?a=1&a=2', {
      method: 'PATCH',
      headers: [
        ['x-one', '1'],
        ['x-one', '2'],
      ],
      body: new Uint8Array([0, 255, 10]),
    });
    const request = await toHttpRequest(req, { id: '9' });
    expect(request).toBeInstanceOf(azure.HttpRequest);
    expect(request.url).toBe('http://localhost/api/x?a=1&a=2');
    expect(request.method).toBe('PATCH');
    expect(request.headers.get('x-one')).toBe('1, 2');
    expect(request.query.get('a')).toBe('1,2');
    expect(request.params).toEqual({ id: '9' });
    expect([...new Uint8Array(await request.arrayBuffer())]).toEqual([0, 255, 10]);
  });
});

describe('toHeaderRecord / toQueryRecord', () => {
  it('join repeated names the way the host map does', () => {
    expect(
      toHeaderRecord(
        new Headers([
          ['a', '1'],
          ['a', '2'],
          ['b', '3'],
        ]),
      ),
    ).toEqual({ a: '1, 2', b: '3' });
    expect(toQueryRecord(new URLSearchParams('a=1&a=2&b=x+y'))).toEqual({ a: '1,2', b: 'x y' });
  });
});

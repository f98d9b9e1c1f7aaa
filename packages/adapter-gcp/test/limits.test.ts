import { PayloadTooLargeError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { GCP_RESPONSE_LIMIT, oversizedResponse } from '../src/limits.js';

const declared = (length: string) => new Response(null, { headers: { 'content-length': length } });

describe('oversizedResponse', () => {
  it('leaves a response without a declared length alone: it goes out chunked', () => {
    expect(oversizedResponse(new Response('x'.repeat(1000)))).toBeUndefined();
  });

  it('accepts a declared length up to 32 MiB', () => {
    expect(oversizedResponse(declared(String(GCP_RESPONSE_LIMIT)))).toBeUndefined();
  });

  it('names the size, the 32 MiB limit and the streaming fix above it', () => {
    const error = oversizedResponse(declared(String(GCP_RESPONSE_LIMIT + 1)));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error?.size).toBe(GCP_RESPONSE_LIMIT + 1);
    expect(error?.message).toMatch(/^gcp: .*33554432 bytes.*ReadableStream/);
  });

  it('ignores a content-length that is not a number', () => {
    expect(oversizedResponse(declared('lots'))).toBeUndefined();
  });
});

import { PayloadTooLargeError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ALB_RESPONSE_LIMIT, LAMBDA_RESPONSE_LIMIT, oversizedResult } from '../src/limits.js';

const result = (body: string, isBase64Encoded = false) => ({
  statusCode: 200,
  headers: { 'content-type': 'application/octet-stream' },
  body,
  isBase64Encoded,
});

describe('oversizedResult', () => {
  it('lets a small body through without measuring it', () => {
    expect(oversizedResult(result('x'.repeat(1000)))).toBeUndefined();
  });

  it('lets a body just under 6 MB through once the JSON around it is counted', () => {
    expect(oversizedResult(result('x'.repeat(LAMBDA_RESPONSE_LIMIT - 200)))).toBeUndefined();
  });

  it('names the limit, the size and the streaming fix for a base64 body that grew past 6 MB', () => {
    // 4.6 MB of bytes become about 6.1 MB of base64: under the limit as bytes, over it as JSON.
    const base64 = Buffer.alloc(4_800_000, 1).toString('base64');
    const error = oversizedResult(result(base64, true));
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect(error?.limit).toBe(LAMBDA_RESPONSE_LIMIT);
    expect(error?.size).toBeGreaterThan(LAMBDA_RESPONSE_LIMIT);
    expect(error?.message).toMatch(/6291556 bytes/);
    expect(error?.message).toMatch(/toStreamingLambda/);
  });

  it('counts JSON escapes: a body of control characters grows six times', () => {
    const error = oversizedResult(result('\u0001'.repeat(1_100_000)));
    expect(error?.size).toBeGreaterThan(6 * 1_100_000);
  });

  it("applies an ALB's 1 MB limit and says an ALB cannot stream", () => {
    expect(oversizedResult(result('y'.repeat(900_000)), ALB_RESPONSE_LIMIT)).toBeUndefined();
    const error = oversizedResult(result('y'.repeat(ALB_RESPONSE_LIMIT)), ALB_RESPONSE_LIMIT);
    expect(error?.limit).toBe(ALB_RESPONSE_LIMIT);
    expect(error?.message).toMatch(/an ALB cannot stream/);
  });
});

import { describe, expect, it } from 'vitest';
import { createLambdaContext } from '../../src/testing/lambda-context.js';
import { installLambdaStreamingRuntime } from '../../src/testing/streaming-runtime.js';
import type { AwsLambdaRuntimeGlobal, StreamingHandler } from '../../src/types.js';

const prelude = { statusCode: 200, headers: { 'content-type': 'text/plain' }, cookies: [] };

describe('installLambdaStreamingRuntime', () => {
  it('installs the awslambda global and restores the previous value on uninstall', () => {
    const holder = globalThis as { awslambda?: AwsLambdaRuntimeGlobal };
    expect(holder.awslambda).toBeUndefined();
    const runtime = installLambdaStreamingRuntime();
    expect(holder.awslambda).toBe(runtime.global);
    runtime.uninstall();
    expect(holder.awslambda).toBeUndefined();
  });

  it('writes the JSON prelude, 8 NUL bytes, then the body', async () => {
    const runtime = installLambdaStreamingRuntime();
    const aws = runtime.global;
    runtime.uninstall();
    const handler = aws.streamifyResponse(async (_e, stream) => {
      const out = aws.HttpResponseStream.from(stream, prelude);
      out.write('hi');
      out.end();
    });
    const result = await runtime.invoke(handler, {}, createLambdaContext());
    const json = Buffer.from(JSON.stringify(prelude));
    expect(Buffer.from(result.bytes).equals(Buffer.concat([json, Buffer.alloc(8), Buffer.from('hi')]))).toBe(true);
    expect(result.prelude).toEqual(prelude);
  });

  it('loses the prelude when the stream ends without a write, like the real runtime (issue #97)', async () => {
    const runtime = installLambdaStreamingRuntime();
    const aws = runtime.global;
    runtime.uninstall();
    const handler = aws.streamifyResponse(async (_e, stream) => {
      aws.HttpResponseStream.from(stream, { ...prelude, statusCode: 404 }).end();
    });
    const result = await runtime.invoke(handler, {}, createLambdaContext());
    expect(result.prelude).toBeUndefined();
    expect(result.bytes.byteLength).toBe(0);
  });

  it('refuses a handler that streamifyResponse did not wrap', async () => {
    const runtime = installLambdaStreamingRuntime();
    runtime.uninstall();
    const plain: StreamingHandler = async () => {};
    await expect(runtime.invoke(plain, {}, createLambdaContext())).rejects.toThrow(/streamifyResponse/);
  });
});

import {
  type Definition,
  DefinitionError,
  type HttpDefinition,
  type Logger,
  ResponseError,
  UnrecognizedEventError,
} from '@faasport/core';
import {
  abortMarginOf,
  type ContextHandle,
  errorResponse,
  invoke,
  readableError,
  runHttp,
} from '@faasport/core/adapter';
import { createInvocationContext, type LambdaRaw } from './context.js';
import { isApiGatewayV2Event } from './detect.js';
import { requireHttpDefinition } from './handler.js';
import { LAMBDA_DEADLINE } from './http-invoke.js';
import { installLambdaShutdown } from './lifecycle.js';
import { fromApiGatewayV2 } from './request.js';
import { hasNoBody, toStreamingPrelude } from './response.js';
import type { AwsLambdaRuntimeGlobal, LambdaContext, LambdaResponseStream, StreamingHandler } from './types.js';

export type { AwsLambdaRuntimeGlobal, LambdaResponseStream, StreamingHandler, StreamingPrelude } from './types.js';

/**
 * Wraps an HTTP definition for Lambda response streaming (`awslambda.streamifyResponse`, a global of
 * the Lambda Node.js runtime). Status, headers and cookies always go first, then the body with backpressure.
 * https://docs.aws.amazon.com/lambda/latest/dg/config-rs-write-functions.html
 *
 * @example
 * export const handler = toStreamingLambda(api)
 */
export function toStreamingLambda(def: Definition): StreamingHandler {
  const http = requireHttpDefinition(def, 'toStreamingLambda');
  const runtime = (globalThis as { awslambda?: AwsLambdaRuntimeGlobal }).awslambda;
  if (!runtime || typeof runtime.streamifyResponse !== 'function') {
    throw new DefinitionError(
      'toStreamingLambda needs the `awslambda` global of the AWS Lambda Node.js runtime and it is missing: ' +
        'run it on Lambda (Function URL with InvokeMode RESPONSE_STREAM), use toLambda for buffered responses, ' +
        'or call installLambdaStreamingRuntime() from @faasport/adapter-aws/testing in tests',
    );
  }
  const margin = abortMarginOf(http.options);
  installLambdaShutdown();
  return runtime.streamifyResponse((event, stream, context) =>
    streamHttp(http, runtime, event, stream, context, margin),
  );
}

async function streamHttp(
  def: HttpDefinition,
  runtime: AwsLambdaRuntimeGlobal,
  event: unknown,
  stream: LambdaResponseStream,
  context: LambdaContext,
  abortMarginMs: number,
): Promise<void> {
  if (!isApiGatewayV2Event(event)) {
    throw new UnrecognizedEventError(
      'aws',
      'toStreamingLambda expects a Function URL / HTTP API payload 2.0 event (version "2.0" + requestContext.http)',
    );
  }
  let request: Request | undefined;
  let malformed: unknown;
  try {
    request = fromApiGatewayV2(event);
  } catch (error) {
    malformed = error;
  }
  const ctx = createInvocationContext(event, context, request?.headers, abortMarginMs);
  // runHttp awaits pending onInit hooks itself; no settle: once the prelude is out, a failure can only reject.
  return invoke({
    context: ctx,
    run: (c) => respond(def, runtime, stream, request, malformed, c),
    deadline: LAMBDA_DEADLINE,
    init: 'in-run',
  });
}

async function respond(
  def: HttpDefinition,
  runtime: AwsLambdaRuntimeGlobal,
  stream: LambdaResponseStream,
  request: Request | undefined,
  malformed: unknown,
  ctx: ContextHandle<LambdaRaw>,
): Promise<void> {
  const res = request ? await runHttp(def, request, ctx) : errorResponse(malformed, ctx);
  const out = runtime.HttpResponseStream.from(stream, toStreamingPrelude(res));
  // The runtime sends the prelude on the first write; without one, status and headers are lost
  // (aws-lambda-nodejs-runtime-interface-client issue #97).
  out.write('');
  if (hasNoBody(res, request?.method)) {
    await res.body?.cancel();
  } else if (res.body) {
    await pipeBody(res.body, out, ctx.log);
  }
  out.end();
}

async function pipeBody(body: ReadableStream<Uint8Array>, out: LambdaResponseStream, log: Logger): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (!out.write(value)) await drained(out);
    }
  } catch (error) {
    // Status and headers are gone already; the rejection lets the runtime mark the stream as failed.
    log.error('Streaming the response body failed', { error });
    await reader.cancel(error).catch(() => undefined);
    // The runtime reads name, message and stack of the rejection: anything else gets a typed wrapper.
    throw readableError(error) ?? new ResponseError('the response body stream failed', { cause: error });
  }
}

function drained(out: LambdaResponseStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: unknown) => {
      out.removeListener('drain', onDrain);
      out.removeListener('error', onError);
      out.removeListener('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => settle();
    const onError = (error: unknown) => settle(error);
    const onClose = () => settle(new Error('the response stream closed before the body was written'));
    out.once('drain', onDrain);
    out.once('error', onError);
    out.once('close', onClose);
  });
}

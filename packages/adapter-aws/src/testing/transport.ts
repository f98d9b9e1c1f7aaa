import type { HttpDefinition } from '@faasport/core';
import type { Transport } from '@faasport/core/adapter';
import { toLambda } from '../handler.js';
import { toStreamingLambda } from '../streaming.js';
import type { LambdaHandler, StreamingHandler } from '../types.js';
import { toAlbEvent } from './alb-event.js';
import { toApiGatewayV1Event } from './apigw-v1-event.js';
import { toApiGatewayV2Event, toFunctionUrlEvent } from './apigw-v2-event.js';
import { createLambdaContext } from './lambda-context.js';
import { fromLambdaResult } from './result.js';
import { fromStreamedInvocation } from './streamed-response.js';
import { installLambdaStreamingRuntime, type LambdaStreamingRuntime } from './streaming-runtime.js';

// Synchronous invocations carry at most 6 MB each way (the serialized event and the result); a
// bigger request never reaches the function. https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html
const SYNC_PAYLOAD_BYTES = 6 * 1024 * 1024;
// An ALB sends a Lambda target at most 1 MB of body and accepts at most 1 MB of result JSON.
// https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
const ALB_PAYLOAD_BYTES = 1024 * 1024;

/** The event shapes `lambdaTransport` can send. */
export type LambdaShape = 'apigw-v1' | 'apigw-v2' | 'function-url' | 'alb' | 'alb-multi' | 'function-url-stream';

/** Options of `lambdaTransport`. */
export interface LambdaTransportOptions {
  readonly shape: LambdaShape;
  readonly functionName?: string;
  /** The function timeout the context counts down from; default: the definition's `timeoutSeconds`, else 3 s. */
  readonly timeoutMs?: number;
}

/**
 * A `fetch` through Lambda: Request → the event the chosen service sends (as JSON) → `toLambda`
 * (or `toStreamingLambda`) → the result → the Response the client gets. A rejected invocation or a
 * result over the limit (6 MB, ALB 1 MB) is a 502 and a request over it a 413, as API Gateway, ALB and Function URLs answer.
 *
 * @example
 * const res = await lambdaTransport(api, { shape: 'apigw-v2' }).fetch(new Request('https://x/hello'))
 */
export function lambdaTransport(def: HttpDefinition, options: LambdaTransportOptions): Transport {
  const { shape } = options;
  const timeoutMs = options.timeoutMs ?? (def.options.timeoutSeconds ?? 3) * 1000;
  const contextOf = () => createLambdaContext({ functionName: options.functionName ?? 'faasport', timeoutMs });
  if (shape === 'function-url-stream') {
    const runtime = installLambdaStreamingRuntime();
    let handler: StreamingHandler;
    try {
      handler = toStreamingLambda(def);
    } finally {
      runtime.uninstall();
    }
    return {
      name: `aws:${shape}`,
      fetch: (req) => fetchStreamed(runtime, handler, req, contextOf()),
      close: async () => {},
    };
  }
  const handler = toLambda(def);
  return {
    name: `aws:${shape}`,
    fetch: (req) => fetchBuffered(shape, handler, req, contextOf()),
    close: async () => {},
  };
}

async function fetchBuffered(
  shape: Exclude<LambdaShape, 'function-url-stream'>,
  handler: LambdaHandler,
  req: Request,
  context: ReturnType<typeof createLambdaContext>,
): Promise<Response> {
  const alb = shape === 'alb' || shape === 'alb-multi';
  const native = await toEvent(shape, req);
  const event = asJson(native);
  if (event === undefined || (alb && bodyLength(native) > ALB_PAYLOAD_BYTES)) return tooLarge();
  let result: unknown;
  try {
    result = asJson(await handler(event, context), alb ? ALB_PAYLOAD_BYTES : SYNC_PAYLOAD_BYTES);
  } catch {
    return badGateway();
  }
  return result === undefined ? badGateway() : fromLambdaResult(result);
}

async function fetchStreamed(
  runtime: LambdaStreamingRuntime,
  handler: StreamingHandler,
  req: Request,
  context: ReturnType<typeof createLambdaContext>,
): Promise<Response> {
  const event = asJson(await toFunctionUrlEvent(req));
  if (event === undefined) return tooLarge();
  const invocation = await runtime.invoke(handler, event, context);
  if (invocation.error !== undefined && invocation.bytes.byteLength === 0) return badGateway();
  return fromStreamedInvocation(invocation);
}

function toEvent(shape: Exclude<LambdaShape, 'function-url-stream'>, req: Request): Promise<unknown> {
  switch (shape) {
    case 'apigw-v1':
      return toApiGatewayV1Event(req);
    case 'apigw-v2':
      return toApiGatewayV2Event(req);
    case 'function-url':
      return toFunctionUrlEvent(req);
    case 'alb':
      return toAlbEvent(req, { multiValue: false });
    case 'alb-multi':
      return toAlbEvent(req, { multiValue: true });
  }
}

// Lambda hands the handler parsed JSON and serializes what it returns: nothing else survives.
// `undefined` when the JSON is over the synchronous payload limit.
function asJson(value: unknown, limit = SYNC_PAYLOAD_BYTES): unknown {
  const json = JSON.stringify(value);
  return Buffer.byteLength(json) > limit ? undefined : JSON.parse(json);
}

function bodyLength(event: unknown): number {
  const body = (event as { body?: unknown }).body;
  return typeof body === 'string' ? Buffer.byteLength(body) : 0;
}

function tooLarge(): Response {
  return Response.json({ message: 'Request Entity Too Large' }, { status: 413 });
}

function badGateway(): Response {
  return Response.json({ message: 'Internal Server Error' }, { status: 502 });
}

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
 * (or `toStreamingLambda`) → the result → the Response the client gets. A rejected invocation is a 502,
 * as API Gateway, ALB and Function URLs answer.
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
  const event = asJson(await toEvent(shape, req));
  let result: unknown;
  try {
    result = asJson(await handler(event, context));
  } catch {
    return badGateway();
  }
  return fromLambdaResult(result);
}

async function fetchStreamed(
  runtime: LambdaStreamingRuntime,
  handler: StreamingHandler,
  req: Request,
  context: ReturnType<typeof createLambdaContext>,
): Promise<Response> {
  const event = asJson(await toFunctionUrlEvent(req));
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
function asJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

function badGateway(): Response {
  return Response.json({ message: 'Internal Server Error' }, { status: 502 });
}

import { Writable } from 'node:stream';
import type { AwsLambdaRuntimeGlobal, LambdaContext, StreamingHandler, StreamingPrelude } from '../types.js';

// What aws-lambda-nodejs-runtime-interface-client does (its HttpResponseStream.from): mark the
// stream's content type, then on the FIRST write send the JSON prelude and 8 NUL bytes before the
// chunk. No write, no prelude: the status and headers are lost (its issue #97).
const PRELUDE_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
const DELIMITER = new Uint8Array(8);
const STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');

/** What one streamed invocation produced. */
export interface StreamedInvocation {
  readonly contentType: string;
  /** Present only when the handler used `HttpResponseStream.from` and wrote at least once. */
  readonly prelude?: StreamingPrelude;
  readonly body: Uint8Array;
  /** Every byte the handler wrote, prelude included. */
  readonly bytes: Uint8Array;
  /** The most bytes ever buffered in the stream: stays near the high-water mark when backpressure is respected. */
  readonly maxBuffered: number;
  readonly error?: unknown;
}

/** The installed stand-in of the Lambda runtime's `awslambda` global. */
export interface LambdaStreamingRuntime {
  readonly global: AwsLambdaRuntimeGlobal;
  invoke(handler: StreamingHandler, event: unknown, context: LambdaContext): Promise<StreamedInvocation>;
  /** Restores whatever `globalThis.awslambda` was before. */
  uninstall(): void;
}

class ResponseStreamStandIn extends Writable {
  contentType = 'application/octet-stream';
  maxBuffered = 0;
  readonly chunks: Buffer[] = [];
  _onBeforeFirstWrite: ((write: (chunk: Uint8Array | string) => void) => void) | undefined;
  #written = false;

  setContentType(type: string): void {
    this.contentType = type;
  }

  override write(chunk: Uint8Array | string, ...rest: never[]): boolean {
    if (!this.#written) {
      this.#written = true;
      this._onBeforeFirstWrite?.((c) => super.write(c));
    }
    const ok = super.write(chunk, ...rest);
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    return ok;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.chunks.push(chunk);
    // A slow consumer, like the network: makes backpressure observable.
    setImmediate(done);
  }
}

/**
 * Installs a stand-in for the Lambda Node.js runtime's `awslambda` global (streamifyResponse,
 * HttpResponseStream) that writes what the real one writes: JSON prelude, 8 NUL bytes, body.
 *
 * @example
 * const runtime = installLambdaStreamingRuntime(); const handler = toStreamingLambda(api); runtime.uninstall()
 */
export function installLambdaStreamingRuntime(options: { highWaterMark?: number } = {}): LambdaStreamingRuntime {
  const holder = globalThis as { awslambda?: unknown };
  const previous = holder.awslambda;
  const runtime: AwsLambdaRuntimeGlobal = {
    streamifyResponse(handler) {
      Object.defineProperty(handler, STREAMING, { value: 'response' });
      return handler;
    },
    HttpResponseStream: {
      from(stream, prelude) {
        const target = stream as ResponseStreamStandIn;
        target.setContentType(PRELUDE_CONTENT_TYPE);
        const json = JSON.stringify(prelude);
        target._onBeforeFirstWrite = (write) => {
          write(json);
          write(DELIMITER);
        };
        return stream;
      },
    },
  };
  holder.awslambda = runtime;
  return {
    global: runtime,
    invoke: (handler, event, context) => invoke(handler, event, context, options.highWaterMark ?? 16 * 1024),
    uninstall() {
      if (previous === undefined) delete holder.awslambda;
      else holder.awslambda = previous;
    },
  };
}

async function invoke(
  handler: StreamingHandler,
  event: unknown,
  context: LambdaContext,
  highWaterMark: number,
): Promise<StreamedInvocation> {
  if ((handler as unknown as Record<symbol, unknown>)[STREAMING] !== 'response') {
    throw new TypeError('the handler was not wrapped by awslambda.streamifyResponse');
  }
  const stream = new ResponseStreamStandIn({ highWaterMark });
  const finished = new Promise<void>((resolve) => stream.once('finish', resolve).once('close', resolve));
  let error: unknown;
  try {
    await handler(event, stream, context);
  } catch (e) {
    error = e;
  }
  if (!stream.writableEnded) stream.end();
  await finished;
  return parse(stream, error);
}

function parse(stream: ResponseStreamStandIn, error: unknown): StreamedInvocation {
  const bytes = new Uint8Array(Buffer.concat(stream.chunks));
  const base = { contentType: stream.contentType, bytes, maxBuffered: stream.maxBuffered, error };
  if (stream.contentType !== PRELUDE_CONTENT_TYPE) return { ...base, body: bytes };
  const at = Buffer.from(bytes).indexOf(Buffer.from(DELIMITER));
  if (at === -1) return { ...base, body: bytes };
  const prelude = JSON.parse(Buffer.from(bytes.subarray(0, at)).toString('utf8')) as StreamingPrelude;
  return { ...base, prelude, body: bytes.subarray(at + DELIMITER.length) };
}

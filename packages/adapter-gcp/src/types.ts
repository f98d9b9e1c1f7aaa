import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LogSink } from '@faasport/core/adapter';

/**
 * The request the Functions Framework hands an HTTP function: Express 5's request plus what the
 * framework adds. Only the fields the adapter reads; FF's own `Request` type is assignable to it.
 *
 * @example
 * const handle = (req: CloudFunctionRequest, res: CloudFunctionResponse) => { console.log(req.rawBody?.length) }
 */
export interface CloudFunctionRequest extends IncomingMessage {
  /** Path and query exactly as received (Express keeps it while routers rewrite `url`). */
  originalUrl?: string;
  /** The body bytes FF's body parsers saved (already inflated when `content-encoding` was set). */
  rawBody?: Buffer;
  /** FF's execution id: the `function-execution-id` header, else one FF generated. */
  executionId?: string;
  /** Whatever a body parser made of the body. */
  body?: unknown;
}

/**
 * The response object of an HTTP function (Express's `Response` is one).
 *
 * @example
 * const send = (res: CloudFunctionResponse) => res.end('ok')
 */
export type CloudFunctionResponse = ServerResponse;

/**
 * What `toCloudFunction` returns for an HTTP definition: a Functions Framework HTTP function.
 * The promise never rejects; it settles when the response has been sent.
 *
 * @example
 * const fn: CloudHttpFunction = toCloudFunction(api)
 */
export type CloudHttpFunction = (req: CloudFunctionRequest, res: CloudFunctionResponse) => Promise<void>;

/**
 * `ctx.raw` on GCP: the framework's own request and response, untouched.
 *
 * @example
 * const ip = (ctx.raw as GcpRaw).req.socket.remoteAddress
 */
export interface GcpRaw {
  readonly req: CloudFunctionRequest;
  readonly res: CloudFunctionResponse;
}

/**
 * Options of `toCloudFunction`.
 *
 * @example
 * toCloudFunction(api, { name: 'api', logSink: (level, line) => process.stderr.write(`${line}\n`) })
 */
export interface CloudFunctionOptions {
  /** The registered name: `ctx.functionName` when neither `K_SERVICE` nor `FUNCTION_TARGET` is set. */
  readonly name?: string;
  /** Where `ctx.log` lines go; default stdout, which Cloud Logging reads. */
  readonly logSink?: LogSink;
}

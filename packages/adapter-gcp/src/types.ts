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
  /**
   * How an event definition is served (ignored for `http`, which is always an HTTP function):
   * - `'cloudevent'` (default): a Functions Framework CloudEvent function, for Eventarc triggers
   *   (`--trigger-topic`, `--trigger-bucket`, `--trigger-event-filters`).
   * - `'http'`: an HTTP function that reads the event from the request itself, for Cloud Scheduler
   *   HTTP targets, Pub/Sub push subscriptions pointed at the function URL, and CloudEvents the
   *   framework cannot parse (binary mode with a `text/plain` body). Deploy with `--trigger-http`.
   */
  readonly signatureType?: SignatureType;
}

/**
 * The Functions Framework signature an event definition is served with (`--signature-type`).
 *
 * @example
 * register('nightly', nightly, { signatureType: 'http' })
 */
export type SignatureType = 'cloudevent' | 'http';

/**
 * A CloudEvent as the Functions Framework hands it to a CloudEvent function: context attributes
 * from `ce-*` headers (binary mode, names lower-case) or the JSON body (structured mode), `data` as
 * parsed by FF's body parsers (an object for JSON, a string for text, a Buffer otherwise), plus
 * `traceparent` when the request carried one.
 *
 * @example
 * const ce: GcpCloudEvent = { specversion: '1.0', id: '1', source: '//pubsub.googleapis.com/projects/p/topics/t', type: 'google.cloud.pubsub.topic.v1.messagePublished' }
 */
export interface GcpCloudEvent {
  readonly specversion: string;
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly time?: string;
  readonly subject?: string;
  readonly datacontenttype?: string;
  readonly dataschema?: string;
  readonly data?: unknown;
  readonly data_base64?: string;
  readonly traceparent?: string;
  readonly [extension: string]: unknown;
}

/**
 * What `toCloudFunction` returns for an event definition served as a CloudEvent function: the
 * promise rejects when the handler failed, so FF answers 500 and the platform retries.
 *
 * @example
 * functions.cloudEvent('orders', toCloudFunction(orders) as CloudEventHandlerFunction)
 */
export type CloudEventHandlerFunction = (cloudEvent: GcpCloudEvent) => Promise<void>;

/**
 * `ctx.raw` of a CloudEvent function: the CloudEvent exactly as FF passed it.
 *
 * @example
 * const { cloudEvent } = ctx.raw as GcpEventRaw
 */
export interface GcpEventRaw {
  readonly cloudEvent: GcpCloudEvent;
}

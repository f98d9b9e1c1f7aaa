/**
 * Base class of every error faasport throws. `code` is stable and machine-readable.
 *
 * @example
 * try { await run() } catch (e) { if (e instanceof FaasportError) console.log(e.code) }
 */
export class FaasportError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/**
 * Throw from an HTTP handler to answer with `status`; the message becomes the body.
 *
 * @example
 * throw new HttpError(404, 'No such order')
 */
export class HttpError extends FaasportError {
  readonly status: number;
  readonly headers: Record<string, string>;
  constructor(status: number, message?: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError(`HttpError status must be an integer from 200 to 599, got ${status}`);
    }
    super('HTTP_ERROR', message ?? `HTTP ${status}`, options);
    this.status = status;
    this.headers = options?.headers ?? {};
    this.expose = message !== undefined;
  }
  /** Whether the message was given by the caller and may be sent to the client. */
  readonly expose: boolean;
}

/**
 * The platform delivered an event or request that no shape of the adapter recognises.
 *
 * @example
 * throw new UnrecognizedEventError('aws', 'no known marker (requestContext.http, requestContext.elb, httpMethod)')
 */
export class UnrecognizedEventError extends FaasportError {
  readonly provider: string;
  constructor(provider: string, detail: string, options?: { cause?: unknown }) {
    super('UNRECOGNIZED_EVENT', `${provider}: unrecognized event: ${detail}`, options);
    this.provider = provider;
  }
}

/**
 * The platform's input is recognised but malformed (bad base64, a field of the wrong type…).
 * For HTTP it becomes a 400; for events, a failed message.
 *
 * @example
 * throw new MalformedInputError('body is flagged isBase64Encoded but is not base64')
 */
export class MalformedInputError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('MALFORMED_INPUT', message, options);
  }
}

/**
 * A definition passed to an adapter is not one the adapter can run.
 *
 * @example
 * throw new DefinitionError('toLambda expects a faasport definition, got undefined')
 */
export class DefinitionError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_DEFINITION', message, options);
  }
}

/**
 * A handler returned something other than a `Response`, or a response the platform cannot carry.
 *
 * @example
 * throw new ResponseError('handler returned undefined instead of a Response')
 */
export class ResponseError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_RESPONSE', message, options);
  }
}

/** One problem a Standard Schema reported. */
export interface ValidationIssue {
  readonly message: string;
  readonly path?: readonly PropertyKey[];
}

/**
 * A message's data did not match the definition's schema: the message fails (it is retried or
 * dead-lettered by the platform), it is never dropped.
 *
 * @example
 * if (error instanceof ValidationError) console.log(error.issues)
 */
export class ValidationError extends FaasportError {
  readonly issues: readonly ValidationIssue[];
  constructor(what: string, issues: readonly ValidationIssue[], options?: { cause?: unknown }) {
    const detail = issues
      .slice(0, 5)
      .map((i) => (i.path?.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
      .join('; ');
    super('VALIDATION_FAILED', `${what} failed schema validation: ${detail}`, options);
    this.issues = issues;
  }
}

/**
 * An event kind was delivered to a definition that cannot take it (e.g. an SQS batch to an `http` function).
 *
 * @example
 * throw new UnsupportedEventError('aws', 'CloudFront (Lambda@Edge) events are not supported')
 */
export class UnsupportedEventError extends FaasportError {
  readonly provider: string;
  constructor(provider: string, detail: string, options?: { cause?: unknown }) {
    super('UNSUPPORTED_EVENT', `${provider}: ${detail}`, options);
    this.provider = provider;
  }
}

/**
 * The invocation ran past its deadline (the platform's timeout, or `timeoutSeconds` you declared).
 * `ctx.signal` aborts with a `TimeoutError` `abortMarginMs` before; this one marks the deadline itself:
 * the invocation is logged as timed out, an HTTP answer becomes a 504 where the platform lets the
 * function answer, and an event fails (it is retried, never acknowledged).
 *
 * @example
 * if (error instanceof InvocationTimeoutError) console.log(error.timeoutMs)
 */
export class InvocationTimeoutError extends FaasportError {
  /** How long the invocation had, from its start to the deadline. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(
      'INVOCATION_TIMEOUT',
      `the invocation did not finish within its ${Math.round(timeoutMs)} ms before the deadline; ` +
        'stop work when ctx.signal aborts, or raise the timeout',
      options,
    );
    this.timeoutMs = timeoutMs;
  }
}

/**
 * A response is larger than the platform carries in one buffered answer; the message names the limit
 * and the streaming alternative. The client gets a 500 instead of the platform's bare failure.
 *
 * @example
 * throw new PayloadTooLargeError('aws', 'the Lambda JSON result', 7_000_000, 6_291_556, 'use toStreamingLambda')
 */
export class PayloadTooLargeError extends FaasportError {
  readonly provider: string;
  readonly size: number;
  readonly limit: number;
  constructor(provider: string, what: string, size: number, limit: number, fix: string, options?: { cause?: unknown }) {
    super(
      'PAYLOAD_TOO_LARGE',
      `${provider}: ${what} is ${size} bytes, over the platform's limit of ${limit} bytes; ${fix}`,
      options,
    );
    this.provider = provider;
    this.size = size;
    this.limit = limit;
  }
}

/**
 * An `onInit` hook failed: the invocation that waited for it fails (an HTTP 500, a failed event) and
 * the next invocation runs the hook again, as a fresh instance would.
 *
 * @example
 * if (error instanceof InitError) console.log(error.cause)
 */
export class InitError extends FaasportError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INIT_FAILED', message, options);
  }
}

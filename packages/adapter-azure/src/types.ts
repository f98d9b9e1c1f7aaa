import type { HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';

/** What `toAzureHandler` returns for an `http` definition: an `app.http` handler. */
export type AzureHttpHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

/** `ctx.raw` on Azure: the library's own request and invocation context, untouched. */
export interface AzureHttpRaw {
  readonly request: HttpRequest;
  readonly context: InvocationContext;
}

/**
 * Binding settings `register` passes to `app.http`; each one overrides faasport's default.
 * https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger#configuration
 */
export interface AzureHttpBindings {
  /** Default `'anonymous'`. */
  readonly authLevel?: 'anonymous' | 'function' | 'admin';
  /** An Azure route template (after the host's `routePrefix`). Default: `<route or name>/{*path}`. */
  readonly route?: string;
  /** Default: the definition's `options.methods`, else GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS. */
  readonly methods?: readonly HttpMethod[];
}

/** Per-invocation choices of the request/response converters. */
export interface ConvertOptions {
  /** HTTP streaming is on (`app.setup({ enableHttpStream: true })`): pass body streams through. */
  readonly stream?: boolean;
}

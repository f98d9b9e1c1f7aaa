import { toByteString } from '@faasport/core/adapter';
import type { StreamedInvocation } from './streaming-runtime.js';

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * The Response a Function URL client gets from a streamed invocation: the prelude's status, headers
 * and cookies, then the body. Without a prelude (nothing written) it is a bare 200, as on Lambda.
 *
 * @example
 * const res = fromStreamedInvocation(await runtime.invoke(handler, event, context))
 */
export function fromStreamedInvocation(invocation: StreamedInvocation): Response {
  const prelude = invocation.prelude;
  const headers = new Headers();
  if (!prelude) {
    headers.set('content-type', invocation.contentType);
    return new Response(invocation.body.byteLength > 0 ? (invocation.body as BodyInit) : null, {
      status: 200,
      headers,
    });
  }
  for (const [name, value] of Object.entries(prelude.headers ?? {})) headers.set(name, toByteString(String(value)));
  for (const cookie of prelude.cookies ?? []) headers.append('set-cookie', toByteString(cookie));
  const status = prelude.statusCode ?? 200;
  const body = NULL_BODY_STATUS.has(status) || invocation.body.byteLength === 0 ? null : (invocation.body as BodyInit);
  return new Response(body, { status, headers });
}

import { toByteString } from '@faasport/core/adapter';

interface AnyResult {
  statusCode?: unknown;
  statusDescription?: unknown;
  headers?: Record<string, unknown> | null;
  multiValueHeaders?: Record<string, unknown> | null;
  cookies?: unknown;
  body?: unknown;
  isBase64Encoded?: unknown;
}

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/**
 * Turns what a Lambda handler resolved to (payload 1.0, 2.0 or ALB result) into the Web `Response`
 * the client would get: `multiValueHeaders`, `cookies[]` and base64 bodies honoured.
 *
 * @example
 * const res = fromLambdaResult(await handler(event, context))
 */
export function fromLambdaResult(result: unknown): Response {
  const r = (result ?? {}) as AnyResult;
  if (typeof r.statusCode !== 'number') {
    throw new TypeError(
      `a Lambda HTTP result needs a numeric statusCode, got ${JSON.stringify(result)?.slice(0, 200)}`,
    );
  }
  const headers = new Headers();
  const multi = r.multiValueHeaders ?? {};
  for (const [name, values] of Object.entries(multi)) {
    for (const value of Array.isArray(values) ? values : [values]) headers.append(name, toByteString(String(value)));
  }
  for (const [name, value] of Object.entries(r.headers ?? {})) {
    if (!headers.has(name)) headers.set(name, toByteString(String(value)));
  }
  if (Array.isArray(r.cookies))
    for (const cookie of r.cookies) headers.append('set-cookie', toByteString(String(cookie)));
  const body = typeof r.body === 'string' && r.body !== '' ? r.body : null;
  const bytes = body === null ? null : Buffer.from(body, r.isBase64Encoded === true ? 'base64' : 'utf8');
  const statusText = typeof r.statusDescription === 'string' ? r.statusDescription.replace(/^\d+\s*/, '') : '';
  return new Response(NULL_BODY_STATUS.has(r.statusCode) ? null : bytes, { status: r.statusCode, statusText, headers });
}

import { isBinaryBody } from '@faasport/core/adapter';
import type { AlbEvent } from '../types.js';
import { forwardedHeaders, headerObject, rawQueryPairs, readEventBody } from './request-parts.js';

/** Options of `toAlbEvent`. */
export interface AlbEventOptions {
  /** The target group's `lambda.multi_value_headers.enabled`. */
  readonly multiValue: boolean;
}

const TARGET_GROUP = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/faasport/0123456789abcdef';

/**
 * Builds the event an ALB sends: lower-case headers, the query still percent-encoded, `headers` or
 * `multiValueHeaders` by mode (single-value mode keeps the last of repeated query keys), body always
 * present (`""` when empty), base64 when binary.
 * https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html
 *
 * @example
 * const event = await toAlbEvent(new Request('https://alb.example.com/?a=1&a=2'), { multiValue: true })
 */
export async function toAlbEvent(req: Request, options: AlbEventOptions): Promise<AlbEvent> {
  const url = new URL(req.url);
  const { body, isBase64Encoded } = await readEventBody(req, () => !isBinaryBody(req.headers));
  const headers = { ...headerObject(req.headers, (n) => n), ...forwardedHeaders(url) };
  const base = {
    requestContext: { elb: { targetGroupArn: TARGET_GROUP } },
    httpMethod: req.method,
    path: url.pathname,
    body: body ?? '',
    isBase64Encoded,
  };
  const pairs = rawQueryPairs(url.search);
  if (options.multiValue) {
    const query: Record<string, string[]> = {};
    for (const [key, value] of pairs) {
      const list = query[key];
      if (list) list.push(value);
      else query[key] = [value];
    }
    const multiValueHeaders: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(headers)) multiValueHeaders[name] = [value];
    return { ...base, multiValueQueryStringParameters: query, multiValueHeaders };
  }
  const query: Record<string, string> = {};
  for (const [key, value] of pairs) query[key] = value;
  return { ...base, queryStringParameters: query, headers };
}

import { randomUUID } from 'node:crypto';
import { isTextContentType } from '@faasport/core/adapter';
import type { ApiGatewayV1Event, MultiValueMap, StringMap } from '../types.js';
import { apiGatewayTime, forwardedHeaders, headerObject, readEventBody, titleCase } from './request-parts.js';

/** Options of `toApiGatewayV1Event`. */
export interface ApiGatewayV1EventOptions {
  /** Stage name; `requestContext.path` includes it, `path` does not. Default `prod`. */
  readonly stage?: string;
}

/**
 * Builds the payload 1.0 event a REST API proxy integration sends: header names as the client sent
 * them (Title-Case here), query decoded into single and multi-value maps, `path` without the stage,
 * binary bodies base64 (as with `binaryMediaTypes: ['*\/*']`).
 *
 * @example
 * const event = await toApiGatewayV1Event(new Request('https://api.example.com/users?id=1'))
 */
export async function toApiGatewayV1Event(
  req: Request,
  options: ApiGatewayV1EventOptions = {},
): Promise<ApiGatewayV1Event> {
  const url = new URL(req.url);
  const stage = options.stage ?? 'prod';
  const { body, isBase64Encoded } = await readEventBody(req, (type) => isTextContentType(type));
  const raw = { ...headerObject(req.headers, (n) => n), ...forwardedHeaders(url) };
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    headers[titleCase(name)] = value;
    multiValueHeaders[titleCase(name)] = [value];
  }
  const { single, multi } = decodedQuery(url.search);
  const now = new Date();
  return {
    resource: '/{proxy+}',
    path: url.pathname,
    httpMethod: req.method,
    headers,
    multiValueHeaders,
    queryStringParameters: single,
    multiValueQueryStringParameters: multi,
    pathParameters: { proxy: url.pathname.slice(1) },
    stageVariables: null,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abcdef1234',
      domainName: url.hostname,
      domainPrefix: url.hostname.split('.')[0],
      extendedRequestId: randomUUID(),
      httpMethod: req.method,
      identity: { sourceIp: '127.0.0.1', userAgent: req.headers.get('user-agent') },
      path: `/${stage}${url.pathname}`,
      protocol: 'HTTP/1.1',
      requestId: randomUUID(),
      requestTime: apiGatewayTime(now),
      requestTimeEpoch: now.getTime(),
      resourceId: 'abc123',
      resourcePath: '/{proxy+}',
      stage,
    },
    body,
    isBase64Encoded,
  };
}

// REST APIs decode the query (`+` included, aws-cdk #19827) and send null, not {}, when there is none.
function decodedQuery(search: string): { single: StringMap | null; multi: MultiValueMap | null } {
  const params = new URLSearchParams(search);
  if (params.size === 0) return { single: null, multi: null };
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [key, value] of params) {
    single[key] = value;
    const list = multi[key];
    if (list) list.push(value);
    else multi[key] = [value];
  }
  return { single, multi };
}

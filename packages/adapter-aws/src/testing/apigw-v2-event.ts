import { randomUUID } from 'node:crypto';
import type { ApiGatewayV2Event } from '../types.js';
import { apiGatewayTime, forwardedHeaders, headerObject, readEventBody } from './request-parts.js';

// HTTP API and Function URLs pass text, JSON, XML and JavaScript bodies as is and base64 everything
// else, form posts included. https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
const V2_TEXT = /^\s*(?:text\/|application\/(?:json|xml|javascript)\b)/i;

/** Options of `toApiGatewayV2Event`. */
export interface ApiGatewayV2EventOptions {
  /** `requestContext.domainName` and the Host header; default: the request URL's host. */
  readonly domainName?: string;
  readonly stage?: string;
}

/**
 * Builds the payload 2.0 event an HTTP API sends for a request (cookies in `cookies[]`, lower-case
 * headers, raw path and query, base64 for non-text bodies).
 *
 * @example
 * const event = await toApiGatewayV2Event(new Request('https://api.example.com/a?x=1&x=2'))
 */
export async function toApiGatewayV2Event(
  req: Request,
  options: ApiGatewayV2EventOptions = {},
): Promise<ApiGatewayV2Event> {
  const url = new URL(req.url);
  const { body, isBase64Encoded } = await readEventBody(req, (type) => type !== null && V2_TEXT.test(type));
  const host = options.domainName ?? url.host;
  const headers = { ...headerObject(req.headers, (n) => n, true), ...forwardedHeaders(url, host) };
  if (body !== null) headers['content-length'] = String(Buffer.byteLength(body, isBase64Encoded ? 'base64' : 'utf8'));
  const cookieHeader = req.headers.get('cookie');
  const query = new URLSearchParams(url.search);
  const params: Record<string, string> = {};
  for (const key of new Set(query.keys())) params[key] = query.getAll(key).join(',');
  const now = new Date();
  const domainName = host.replace(/:\d+$/, '');
  const event: ApiGatewayV2Event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: domainName.split('.')[0] ?? 'api',
      domainName,
      domainPrefix: domainName.split('.')[0] ?? 'api',
      http: {
        method: req.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '127.0.0.1',
        userAgent: req.headers.get('user-agent') ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: options.stage ?? '$default',
      time: apiGatewayTime(now),
      timeEpoch: now.getTime(),
    },
    isBase64Encoded,
  };
  return withOptional(event, cookieHeader, params, body);
}

function withOptional(
  event: ApiGatewayV2Event,
  cookieHeader: string | null,
  params: Record<string, string>,
  body: string | null,
): ApiGatewayV2Event {
  // HTTP API leaves out what is empty instead of sending nulls.
  const out: Record<string, unknown> = { ...event };
  if (cookieHeader) out.cookies = cookieHeader.split(/;\s*/).filter((c) => c !== '');
  if (Object.keys(params).length > 0) out.queryStringParameters = params;
  if (body !== null) out.body = body;
  return out as unknown as ApiGatewayV2Event;
}

/** Options of `toFunctionUrlEvent`. */
export interface FunctionUrlEventOptions {
  readonly urlId?: string;
  readonly region?: string;
}

/**
 * Builds the event a Lambda Function URL sends: payload 2.0 on `<urlId>.lambda-url.<region>.on.aws`
 * (the Host the function sees is that domain, whatever host the request named).
 *
 * @example
 * const event = await toFunctionUrlEvent(new Request('http://localhost/hello'))
 */
export async function toFunctionUrlEvent(
  req: Request,
  options: FunctionUrlEventOptions = {},
): Promise<ApiGatewayV2Event> {
  const domainName = `${options.urlId ?? 'abcdefghijklmnopqrstuvwxyz012345'}.lambda-url.${options.region ?? 'us-east-1'}.on.aws`;
  const event = await toApiGatewayV2Event(req, { domainName });
  return {
    ...event,
    headers: {
      ...event.headers,
      'x-amzn-tls-version': 'TLSv1.3',
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
    },
  };
}

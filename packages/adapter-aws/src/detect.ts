import type {
  AlbEvent,
  AlbMultiValueEvent,
  ApiGatewayV1Event,
  ApiGatewayV2Event,
  CloudFrontEvent,
  FunctionUrlEvent,
} from './types.js';

// Each predicate tests the one marker that tells a shape apart from its look-alikes.
// https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html#urls-payloads
const FUNCTION_URL_DOMAIN = /\.lambda-url\.[a-z0-9-]+\.on\.aws$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function requestContextOf(event: unknown): Record<string, unknown> | undefined {
  if (!isObject(event)) return undefined;
  const rc = event.requestContext;
  return isObject(rc) ? rc : undefined;
}

/**
 * Payload 2.0 (HTTP API or Function URL): `version: "2.0"` and `requestContext.http`. Not `rawPath`,
 * which REST events behind custom domains also carry (hono #5015).
 *
 * @example
 * if (isApiGatewayV2Event(event)) fromApiGatewayV2(event)
 */
export function isApiGatewayV2Event(event: unknown): event is ApiGatewayV2Event {
  return isObject(event) && event.version === '2.0' && isObject(requestContextOf(event)?.http);
}

/**
 * A Function URL event: payload 2.0 on a `*.lambda-url.<region>.on.aws` domain.
 *
 * @example
 * isFunctionUrlEvent({ version: '2.0', requestContext: { http: { method: 'GET' }, domainName: 'x.lambda-url.eu-west-1.on.aws' } }) // true
 */
export function isFunctionUrlEvent(event: unknown): event is FunctionUrlEvent {
  if (!isApiGatewayV2Event(event)) return false;
  const domain = event.requestContext.domainName;
  return typeof domain === 'string' && FUNCTION_URL_DOMAIN.test(domain);
}

/**
 * API Gateway REST (payload 1.0): `httpMethod` and a `requestContext` without `elb`, not version 2.0.
 *
 * @example
 * if (isApiGatewayV1Event(event)) fromApiGatewayV1(event)
 */
export function isApiGatewayV1Event(event: unknown): event is ApiGatewayV1Event {
  const rc = requestContextOf(event);
  return (
    rc !== undefined &&
    rc.elb === undefined &&
    typeof (event as Record<string, unknown>).httpMethod === 'string' &&
    (event as Record<string, unknown>).version !== '2.0'
  );
}

/**
 * An Application Load Balancer event: `requestContext.elb`.
 *
 * @example
 * if (isAlbEvent(event)) fromAlb(event)
 */
export function isAlbEvent(event: unknown): event is AlbEvent {
  return isObject(requestContextOf(event)?.elb);
}

/**
 * An ALB event in multi-value headers mode (the response must use the same mode).
 *
 * @example
 * toAlbResult(res, { multiValue: isAlbMultiValueEvent(event) })
 */
export function isAlbMultiValueEvent(event: unknown): event is AlbMultiValueEvent {
  return isAlbEvent(event) && isObject(event.multiValueHeaders);
}

/**
 * A CloudFront / Lambda@Edge event: `Records[0].cf`.
 *
 * @example
 * if (isCloudFrontEvent(event)) throw new UnsupportedEventError('Lambda@Edge')
 */
export function isCloudFrontEvent(event: unknown): event is CloudFrontEvent {
  if (!isObject(event) || !Array.isArray(event.Records)) return false;
  const first: unknown = event.Records[0];
  return isObject(first) && isObject(first.cf);
}

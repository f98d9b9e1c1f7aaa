import { type Logger, UnrecognizedEventError, UnsupportedEventError } from '@faasport/core';
import {
  isAlbEvent,
  isAlbMultiValueEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
} from './detect.js';
import { fromAlb, fromApiGatewayV1, fromApiGatewayV2 } from './request.js';
import { toAlbResult, toApiGatewayV1Result, toApiGatewayV2Result } from './response.js';
import type { AlbEvent, ApiGatewayV1Event, ApiGatewayV2Event, LambdaHttpResult } from './types.js';

/** One HTTP event shape: how to recognise it, read the request and write the result. */
export interface HttpSource<E = never> {
  readonly name: string;
  toRequest(event: E): Request;
  toResult(res: Response, event: E, method: string | undefined, log: Logger): Promise<LambdaHttpResult>;
}

const apiGatewayV2: HttpSource<ApiGatewayV2Event> = {
  name: 'apigw-v2',
  toRequest: fromApiGatewayV2,
  toResult: (res, _event, method) => toApiGatewayV2Result(res, { method }),
};

const apiGatewayV1: HttpSource<ApiGatewayV1Event> = {
  name: 'apigw-v1',
  toRequest: fromApiGatewayV1,
  toResult: (res, _event, method) => toApiGatewayV1Result(res, { method }),
};

const alb: HttpSource<AlbEvent> = {
  name: 'alb',
  toRequest: fromAlb,
  toResult: (res, event, method, log) => toAlbResult(res, { method, log, multiValue: isAlbMultiValueEvent(event) }),
};

const LOOKED_FOR =
  'expected an API Gateway REST (httpMethod + requestContext), HTTP API / Function URL (version "2.0" + requestContext.http) or ALB (requestContext.elb) event';

/**
 * Picks the HTTP source of an event; throws `UnrecognizedEventError` naming what was looked for, or
 * `UnsupportedEventError` for CloudFront / Lambda@Edge.
 *
 * @example
 * const source = httpSourceOf(event); const req = source.toRequest(event)
 */
export function httpSourceOf(event: unknown): HttpSource<unknown> {
  // ALB before v1: both carry httpMethod + requestContext, only ALB has requestContext.elb.
  if (isApiGatewayV2Event(event)) return apiGatewayV2 as HttpSource<unknown>;
  if (isAlbEvent(event)) return alb as HttpSource<unknown>;
  if (isApiGatewayV1Event(event)) return apiGatewayV1 as HttpSource<unknown>;
  if (isCloudFrontEvent(event)) {
    throw new UnsupportedEventError(
      'aws',
      'CloudFront (Lambda@Edge) events are not supported: their request and result shapes differ from API Gateway; ' +
        'put API Gateway, a Function URL or an ALB in front of the function',
    );
  }
  throw new UnrecognizedEventError('aws', `${LOOKED_FOR}; got ${describe(event)}`);
}

function describe(event: unknown): string {
  if (typeof event !== 'object' || event === null) return JSON.stringify(event) ?? String(event);
  if (Array.isArray(event)) return `an array of ${event.length}`;
  return `an object with keys [${Object.keys(event).slice(0, 12).join(', ')}]`;
}

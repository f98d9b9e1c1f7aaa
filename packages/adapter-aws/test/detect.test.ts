import { describe, expect, it } from 'vitest';
import {
  isAlbEvent,
  isAlbMultiValueEvent,
  isApiGatewayV1Event,
  isApiGatewayV2Event,
  isCloudFrontEvent,
  isFunctionUrlEvent,
} from '../src/detect.js';
import { albEvent, v1Event, v2Event } from './helpers.js';

const functionUrl = v2Event({
  requestContext: { http: { method: 'GET' }, domainName: 'abc123.lambda-url.eu-west-1.on.aws' },
});
// A REST event behind a custom domain with a base-path mapping carries rawPath too (hono #5015).
const restWithRawPath = { ...v1Event(), rawPath: '/base/path' };
const cloudFront = { Records: [{ cf: { config: {}, request: { uri: '/' } } }] };
const sqs = { Records: [{ messageId: '1', body: 'x', eventSource: 'aws:sqs' }] };
const lookAlikes: Record<string, unknown> = {
  v2: v2Event(),
  functionUrl,
  v1: v1Event(),
  restWithRawPath,
  alb: albEvent(false),
  albMulti: albEvent(true),
  cloudFront,
  sqs,
  v2WithoutHttp: { version: '2.0', rawPath: '/', requestContext: { domainName: 'x' } },
  v1Version2: { ...v1Event(), version: '2.0' },
  null: null,
  string: 'GET /',
  emptyRecords: { Records: [] },
};

function accepted(predicate: (e: unknown) => boolean): string[] {
  return Object.entries(lookAlikes)
    .filter(([, event]) => predicate(event))
    .map(([name]) => name);
}

describe('shape predicates accept their shape and reject every look-alike', () => {
  it('isApiGatewayV2Event: version 2.0 + requestContext.http, not rawPath', () => {
    expect(accepted(isApiGatewayV2Event)).toEqual(['v2', 'functionUrl']);
  });
  it('isFunctionUrlEvent: 2.0 on a *.lambda-url.<region>.on.aws domain', () => {
    expect(accepted(isFunctionUrlEvent)).toEqual(['functionUrl']);
    const spoof = v2Event({
      requestContext: { http: { method: 'GET' }, domainName: 'x.lambda-url.eu-west-1.on.aws.evil.com' },
    });
    expect(isFunctionUrlEvent(spoof)).toBe(false);
  });
  it('isApiGatewayV1Event: httpMethod + requestContext without elb, not 2.0', () => {
    expect(accepted(isApiGatewayV1Event)).toEqual(['v1', 'restWithRawPath']);
  });
  it('isAlbEvent: requestContext.elb, either mode', () => {
    expect(accepted(isAlbEvent)).toEqual(['alb', 'albMulti']);
  });
  it('isAlbMultiValueEvent: ALB with multiValueHeaders', () => {
    expect(accepted(isAlbMultiValueEvent)).toEqual(['albMulti']);
  });
  it('isCloudFrontEvent: Records[0].cf', () => {
    expect(accepted(isCloudFrontEvent)).toEqual(['cloudFront']);
  });
});

// AWS HTTP: added time per invocation of toLambda on API Gateway v1, v2 and ALB, GET and 1 KB JSON
// POST, against a hand-written native handler (the floor) and the peer adapters, each variant
// bundled and run in its own worker thread.
import { albEvent, apiGatewayV1, apiGatewayV2Get, apiGatewayV2Post } from './events.js';
import type { IsolatedVariant } from './isolated.js';
import type { Comparison } from './report.js';

export const AWS_HTTP_FLOOR = 'native handler (floor)';

export const awsHttpVariants: IsolatedVariant[] = [
  { name: AWS_HTTP_FLOOR, module: 'aws-http-native.ts' },
  { name: 'faasport toLambda', module: 'aws-http-faasport.ts' },
  { name: 'faasport toLambda + Hono app', module: 'aws-http-faasport-hono.ts' },
  { name: 'hono/aws-lambda handle', module: 'aws-http-hono.ts' },
  { name: '@h4ad/serverless-adapter', module: 'aws-http-h4ad.ts' },
  { name: 'serverless-http', module: 'aws-http-serverless-http.ts' },
  { name: '@middy/core', module: 'aws-http-middy.ts' },
];

export const awsHttpComparisons: Comparison[] = [
  { ours: 'faasport toLambda', peer: 'hono/aws-lambda handle', target: 1 / 4 },
  // The same Hono app behind both adapters: Hono's own routing and Context cost sits in both.
  { ours: 'faasport toLambda + Hono app', peer: 'hono/aws-lambda handle' },
  { ours: 'faasport toLambda', peer: '@h4ad/serverless-adapter', target: 1 },
  { ours: 'faasport toLambda', peer: 'serverless-http', target: 1 },
  // Middy wraps a native handler (no HTTP translation): shown for scale.
  { ours: 'faasport toLambda', peer: '@middy/core' },
];

/** Each case: a name and the exact event Lambda would deliver. */
export const awsHttpEvents: [string, unknown][] = [
  ['API Gateway v1 GET', apiGatewayV1('GET')],
  ['API Gateway v1 POST 1 KB JSON', apiGatewayV1('POST')],
  ['API Gateway v2 GET', apiGatewayV2Get()],
  ['API Gateway v2 POST 1 KB JSON', apiGatewayV2Post()],
  ['ALB GET', albEvent('GET')],
  ['ALB POST 1 KB JSON', albEvent('POST')],
];

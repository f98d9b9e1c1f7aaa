import {
  createLambdaContext,
  fromLambdaResult,
  lambdaTransport,
  toApiGatewayV2Event,
} from '@faasport/adapter-aws/testing';
import { azureTransport } from '@faasport/adapter-azure/testing';
import { cloudFunctionTransport } from '@faasport/adapter-gcp/testing';
import type { Transport } from '@faasport/core/adapter';
import { getFunction } from '@google-cloud/functions-framework/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler } from '../aws.js';
import { hello } from '../src/app.js';

const get = () => new Request('https://hello.example.com/hello?name=Ada&lang=en&lang=fr');

describe('examples/hello', () => {
  const transports: Transport[] = [];

  beforeAll(async () => {
    transports.push(lambdaTransport(hello, { shape: 'apigw-v2' }), lambdaTransport(hello, { shape: 'alb' }));
    transports.push(await cloudFunctionTransport(hello), azureTransport(hello));
  });

  afterAll(async () => {
    await Promise.all(transports.map((t) => t.close()));
  });

  it('answers the same on every cloud, naming the provider', async () => {
    const bodies = await Promise.all(
      transports.map(async (t) => [t.name, await (await t.fetch(get())).json()] as const),
    );
    for (const [name, body] of bodies) {
      expect(body, name).toMatchObject({ message: 'Hello, Ada!', method: 'GET', path: '/hello' });
      expect(body.provider, name).toBe(name.split(':')[0]);
    }
    expect(bodies[0]?.[1].languages).toEqual(['en', 'fr']);
    expect(bodies[3]?.[1].languages).toEqual(['en', 'fr']);
  });

  it('reads JSON bodies and answers 201 everywhere', async () => {
    for (const t of transports) {
      const res = await t.fetch(
        new Request('https://hello.example.com/hello', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'Grace' }),
        }),
      );
      expect(res.status, t.name).toBe(201);
      expect((await res.json()).message, t.name).toBe('Hello, Grace!');
    }
  });

  it('aws.ts exports a Lambda handler that answers an HTTP API event', async () => {
    const result = await handler(await toApiGatewayV2Event(get()), createLambdaContext({ functionName: 'hello' }));
    expect(await fromLambdaResult(result).json()).toMatchObject({ message: 'Hello, Ada!', provider: 'aws' });
  });

  it('gcp.ts registers the function with the Functions Framework under its name', async () => {
    await import('../gcp.js');
    expect(typeof getFunction('hello')).toBe('function');
  });
});

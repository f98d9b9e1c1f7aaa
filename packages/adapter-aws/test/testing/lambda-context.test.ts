import { describe, expect, it } from 'vitest';
import { createLambdaContext } from '../../src/testing/lambda-context.js';

describe('createLambdaContext', () => {
  it('counts getRemainingTimeInMillis down from the timeout', async () => {
    const context = createLambdaContext({ functionName: 'f', timeoutMs: 1000, awsRequestId: 'r' });
    expect(context).toMatchObject({ functionName: 'f', awsRequestId: 'r' });
    const first = context.getRemainingTimeInMillis();
    expect(first).toBeGreaterThan(900);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(context.getRemainingTimeInMillis()).toBeLessThanOrEqual(first - 50);
  });

  it('never goes below zero and gives each context its own request id', () => {
    expect(createLambdaContext({ timeoutMs: -5 }).getRemainingTimeInMillis()).toBe(0);
    expect(createLambdaContext().awsRequestId).not.toBe(createLambdaContext().awsRequestId);
  });
});

import { randomUUID } from 'node:crypto';
import type { LambdaContext } from '../types.js';

/** Options of `createLambdaContext`. */
export interface LambdaContextOptions {
  readonly functionName?: string;
  /** The function's configured timeout; `getRemainingTimeInMillis` counts down from it. Default 3000. */
  readonly timeoutMs?: number;
  readonly awsRequestId?: string;
}

/**
 * A Lambda context object like the Node.js runtime's, with a working `getRemainingTimeInMillis`.
 *
 * @example
 * const context = createLambdaContext({ functionName: 'api', timeoutMs: 1000 })
 */
export function createLambdaContext(options: LambdaContextOptions = {}): LambdaContext {
  const functionName = options.functionName ?? 'faasport-test';
  const deadline = Date.now() + (options.timeoutMs ?? 3000);
  return {
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:us-east-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '128',
    awsRequestId: options.awsRequestId ?? randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: '2026/01/01/[$LATEST]0123456789abcdef0123456789abcdef',
    callbackWaitsForEmptyEventLoop: true,
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
  };
}

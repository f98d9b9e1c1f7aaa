import middy from '@middy/core';
import { lambdaContext } from '../events.js';
import { nativeHandler } from './apps.js';

export function create(event: never) {
  const handler = middy(nativeHandler as never) as unknown as (e: unknown, c: unknown) => Promise<unknown>;
  const ctx = lambdaContext();
  return () => handler(event, ctx);
}

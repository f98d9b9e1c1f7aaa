import serverless from 'serverless-http';
import { lambdaContext } from '../events.js';
import { nodeHandler } from './apps.js';

export function create(event: never) {
  const handler = serverless(nodeHandler) as (e: unknown, c: unknown) => Promise<unknown>;
  const ctx = lambdaContext();
  return () => handler(event, ctx);
}

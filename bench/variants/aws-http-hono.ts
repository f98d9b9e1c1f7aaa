import { handle } from 'hono/aws-lambda';
import { lambdaContext } from '../events.js';
import { honoApp } from './apps.js';

export function create(event: never) {
  const handler = handle(honoApp());
  const ctx = lambdaContext() as never;
  return () => handler(event, ctx);
}

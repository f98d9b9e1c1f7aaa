import { toLambda } from '@faasport/adapter-aws';
import { http } from '@faasport/core';
import { lambdaContext } from '../events.js';
import { webHandler } from './apps.js';

export function create(event: never) {
  const handler = toLambda(http(webHandler));
  const ctx = lambdaContext() as never;
  return () => handler(event, ctx);
}

import { toLambda } from '@faasport/adapter-aws';
import { stream } from '@faasport/core';
import { lambdaContext } from '../events.js';
import { handleLog, type LogLine } from './batch-work.js';

export function create(event: never) {
  const handler = toLambda(stream((rec) => handleLog(rec.json<LogLine>())));
  const ctx = lambdaContext() as never;
  return () => handler(event, ctx);
}

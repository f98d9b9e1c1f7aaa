import { toLambda } from '@faasport/adapter-aws';
import { stream } from '@faasport/core';
import { lambdaContext } from '../events.js';
import { handleLog, type LogLine } from './batch-work.js';

export function create(event: never) {
  const decoder = new TextDecoder();
  const handler = toLambda(stream((rec) => handleLog(JSON.parse(decoder.decode(rec.data)) as LogLine)));
  const ctx = lambdaContext() as never;
  return () => handler(event, ctx);
}

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Definition } from '@faasport/core';
import { Deliverer, type DevProvider } from './deliverer.js';
import { EventRefusedError } from './errors.js';
import type { FireResult } from './fire-result.js';
import { createHttpRunner } from './http-runner.js';
import { INPUT_KIND } from './local-events.js';
import { SAMPLE_KINDS, sampleEvent } from './samples.js';

/** What `faasport invoke` fires: a file (fixture or normalized JSON) or a built-in sample kind. */
export interface InvokeRequest {
  readonly name: string;
  readonly def: Definition;
  readonly event: string;
  readonly as?: Exclude<DevProvider, 'local'>;
  readonly cwd?: string;
}

/** The HTTP sample's answer, when the event is `http`. */
export interface HttpAnswer {
  readonly function: string;
  readonly provider: DevProvider;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

async function invokeHttp(req: InvokeRequest): Promise<HttpAnswer> {
  if (req.def.kind !== 'http') {
    throw new EventRefusedError(
      `${req.name} is a '${req.def.kind}' definition; the 'http' sample is for http definitions`,
    );
  }
  const provider = req.as ?? 'local';
  const runner = await createHttpRunner(req.name, req.def, provider);
  try {
    const res = await runner.fetch(new Request('https://faasport.local/?name=faasport'), `invoke-${Date.now()}`);
    return {
      function: req.name,
      provider,
      status: res.status,
      headers: Object.fromEntries(res.headers),
      body: await res.text(),
    };
  } finally {
    await runner.close();
  }
}

function readEventFile(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new EventRefusedError(`cannot read the event file ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Fires one event for `faasport invoke`: a file path is read as JSON (a normalized event or any
 * provider's native payload); a kind name (`sqs`, `pubsub`, `timer`, …) is a built-in sample
 * delivered through its own provider; `http` sends a GET through the chosen provider.
 *
 * @example
 * const result = await invokeEvent({ name: 'orders', def: orders, event: 'sqs' })
 */
export async function invokeEvent(req: InvokeRequest): Promise<FireResult | HttpAnswer> {
  const path = resolve(req.cwd ?? process.cwd(), req.event);
  if (req.event === 'http' && !existsSync(path)) return invokeHttp(req);
  const sample = existsSync(path) ? undefined : sampleEvent(req.event);
  if (!sample && !existsSync(path)) {
    throw new EventRefusedError(
      `--event ${JSON.stringify(req.event)} is neither a file nor a sample kind (${SAMPLE_KINDS.join(', ')})`,
    );
  }
  if (sample && req.def.kind !== 'http' && INPUT_KIND[req.def.kind] !== sample.input.kind) {
    throw new EventRefusedError(
      `${req.name} is a '${req.def.kind}' definition; the '${req.event}' sample carries '${sample.input.kind}' events, it takes '${INPUT_KIND[req.def.kind]}'`,
    );
  }
  if (sample?.provider && req.as && sample.provider !== req.as) {
    throw new EventRefusedError(
      `the '${req.event}' sample is delivered by ${sample.provider}, not ${req.as}: drop --as or pick a sample ${req.as} delivers`,
    );
  }
  const deliverer = new Deliverer(sample?.provider ?? req.as ?? 'local');
  try {
    if (sample) return await deliverer.fireInput(req.name, req.def, sample.input, sample.source);
    return await deliverer.fire(req.name, req.def, readEventFile(path));
  } finally {
    await deliverer.close();
  }
}

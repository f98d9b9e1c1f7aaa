import { join } from 'node:path';
import { queue, schedule, stream } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { ownFixturesDir } from '../../../../test/helpers/fixtures.js';
import { invokeEvent } from '../../src/dev/invoke-event.js';
import { tempProject } from './helpers.js';

describe('invokeEvent', () => {
  it('samples go through their own provider: storage-queue through Azure, dynamodb through AWS', async () => {
    const providers: string[] = [];
    const orders = queue((_m, ctx) => void providers.push(ctx.provider));
    expect(await invokeEvent({ name: 'orders', def: orders, event: 'storage-queue' })).toMatchObject({
      via: 'azure storage-queue',
      outcome: 'ok',
    });
    const changes: string[] = [];
    const cdc = stream((r) => void changes.push(`${r.change}:${JSON.stringify(r.newImage)}`));
    expect(await invokeEvent({ name: 'cdc', def: cdc, event: 'dynamodb' })).toMatchObject({
      via: 'aws dynamodb',
      outcome: 'ok',
    });
    expect(providers).toEqual(['azure', 'azure']);
    expect(changes).toEqual(['insert:{"id":"o-1001","status":"new","total":19.9}']);
  });

  it('the neutral schedule sample goes through --as, or locally', async () => {
    const seen: string[] = [];
    const nightly = schedule('0 3 * * *', (_e, ctx) => void seen.push(ctx.provider));
    await invokeEvent({ name: 'n', def: nightly, event: 'schedule', as: 'gcp' });
    await invokeEvent({ name: 'n', def: nightly, event: 'schedule' });
    expect(seen).toEqual(['gcp', 'local']);
  });

  it('an event file is delivered natively; an unreadable file is refused naming the file', async () => {
    const file = join(ownFixturesDir, 'aws/queue-sqs/standard-batch-of-two.json');
    expect(await invokeEvent({ name: 'o', def: queue(() => {}), event: file })).toMatchObject({
      provider: 'aws',
      outcome: 'ok',
    });
    const dir = tempProject({ 'bad.json': '{ nope' });
    await expect(invokeEvent({ name: 'o', def: queue(() => {}), event: 'bad.json', cwd: dir })).rejects.toThrow(
      /cannot read the event file .*bad\.json/,
    );
  });

  it('refuses the http sample for an event function', async () => {
    await expect(invokeEvent({ name: 'o', def: queue(() => {}), event: 'http' })).rejects.toThrow(
      "o is a 'queue' definition; the 'http' sample is for http definitions",
    );
  });
});

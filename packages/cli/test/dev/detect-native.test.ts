import { describe, expect, it } from 'vitest';
import { corpusName, listCorpus, readJson } from '../../../../test/helpers/fixtures.js';
import { detectNative } from '../../src/dev/detect-native.js';
import { EventRefusedError } from '../../src/dev/errors.js';

const first = (provider: 'aws' | 'gcp' | 'azure', prefix: string) =>
  readJson(listCorpus(provider, prefix)[0] as string);

describe('detectNative', () => {
  it('names the provider of every event file of the corpus by its content alone', () => {
    for (const provider of ['aws', 'gcp', 'azure'] as const) {
      for (const file of listCorpus(provider, '')) {
        const name = corpusName(file);
        if (/http-lambda-edge|aws\/other\/|azure\/http\//.test(name)) continue;
        expect(detectNative(readJson(file)).provider, name).toBe(provider);
      }
    }
  });

  it('tells one provider from another on look-alike shapes', () => {
    expect(detectNative(first('aws', 'queue-sqs')).shape).toBe('sqs');
    expect(detectNative(first('gcp', 'queue-pubsub')).provider).toBe('gcp');
    expect(detectNative(first('azure', 'queue-storage-queue')).shape).toBe('queueTrigger');
  });

  it('refuses what nobody sends, naming what it expected and what it got', () => {
    expect(() => detectNative({ hello: 1, world: 2 })).toThrow(EventRefusedError);
    expect(() => detectNative({ hello: 1, world: 2 })).toThrow(/neither a normalized event .* \(got hello, world\)/);
    expect(() => detectNative(42)).toThrow(/got number/);
  });
});

import { describe, expect, it } from 'vitest';
import { refusalText } from '../../src/dev/native-event.js';

describe('refusalText', () => {
  it('names the function, its kind, the event, its provider and the kinds that take it', () => {
    const native = {
      provider: 'gcp' as const,
      shape: 'x',
      description: 'a Pub/Sub push body',
      kinds: ['queue', 'topic'] as const,
      payload: {},
    };
    expect(refusalText('uploads', 'storage', native)).toBe(
      "uploads is a 'storage' definition; a Pub/Sub push body (gcp) goes to 'queue' or 'topic' definitions",
    );
  });
});

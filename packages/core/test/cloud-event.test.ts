import { describe, expect, it } from 'vitest';
import { isCloudEvent } from '../src/cloud-event.js';

describe('isCloudEvent', () => {
  it('needs specversion 1.0 and non-empty id, source and type', () => {
    expect(isCloudEvent({ specversion: '1.0', id: '1', source: '/s', type: 't' })).toBe(true);
    expect(isCloudEvent({ specversion: '0.3', id: '1', source: '/s', type: 't' })).toBe(false);
    expect(isCloudEvent({ specversion: '1.0', id: '', source: '/s', type: 't' })).toBe(false);
    expect(isCloudEvent({ specversion: '1.0', id: '1', source: '/s' })).toBe(false);
    expect(isCloudEvent(null)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { fromXRayHeader } from '../src/trace.js';

describe('fromXRayHeader', () => {
  it('converts Root and Parent to a W3C traceparent', () => {
    const t = fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1');
    expect(t?.traceparent).toBe('00-5759e988bd862e3fe1be46a994272793-53995c3f42cd8ad8-01');
  });

  it('is unsampled unless Sampled=1, and needs a Parent', () => {
    expect(fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0')?.sampled).toBe(
      false,
    );
    expect(fromXRayHeader('Root=1-5759e988-bd862e3fe1be46a994272793')).toBeUndefined();
    expect(fromXRayHeader('Root=2-zz;Parent=53995c3f42cd8ad8')).toBeUndefined();
  });
});

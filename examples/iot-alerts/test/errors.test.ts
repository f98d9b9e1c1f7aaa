import { FaasportError } from '@faasport/core';
import { describe, expect, it } from 'vitest';
import { UnknownSensorKindError } from '../src/errors.js';

describe('UnknownSensorKindError', () => {
  it('is a FaasportError that names the sensor and the kind', () => {
    const error = new UnknownSensorKindError('sauna', 'sensor-7');
    expect(error).toBeInstanceOf(FaasportError);
    expect(error.code).toBe('UNKNOWN_SENSOR_KIND');
    expect(error.kind).toBe('sauna');
    expect(error.message).toBe("sensor sensor-7: no temperature range for kind 'sauna'");
  });
});

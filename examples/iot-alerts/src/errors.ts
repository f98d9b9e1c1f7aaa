import { FaasportError } from '@faasport/core';

/**
 * A reading from a sensor kind with no configured range: it cannot be judged, so its message fails
 * (and is retried, then dead-lettered) instead of being acknowledged unchecked.
 *
 * @example
 * throw new UnknownSensorKindError('sauna', 'sensor-7')
 */
export class UnknownSensorKindError extends FaasportError {
  readonly kind: string;
  constructor(kind: string, sensorId: string, options?: { cause?: unknown }) {
    super('UNKNOWN_SENSOR_KIND', `sensor ${sensorId}: no temperature range for kind '${kind}'`, options);
    this.kind = kind;
  }
}

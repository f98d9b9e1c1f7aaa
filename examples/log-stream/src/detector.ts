import type { LogEntry } from './log-entry.js';

/** Something worth a look. */
export type Anomaly =
  | {
      readonly kind: 'error-burst';
      readonly service: string;
      readonly errors: number;
      readonly from: Date;
      readonly to: Date;
    }
  | {
      readonly kind: 'latency-outlier';
      readonly service: string;
      readonly latencyMs: number;
      readonly baselineMs: number;
      readonly at: Date;
    };

/** Tuning of `AnomalyDetector`. */
export interface DetectorOptions {
  /** Errors of one service within `burstWindowMs` that make a burst. Default 5. */
  readonly burstErrors?: number;
  /** Default 60 s. */
  readonly burstWindowMs?: number;
  /** A latency above `outlierFactor` × the service's moving average is an outlier. Default 4. */
  readonly outlierFactor?: number;
  /** Latencies below this are never outliers. Default 500 ms. */
  readonly outlierFloorMs?: number;
  /** Samples a service needs before outliers are judged. Default 10. */
  readonly minSamples?: number;
}

interface ServiceState {
  /** Times (ms) of the errors in the current window, oldest first. */
  errors: number[];
  averageMs: number;
  samples: number;
}

// Weight of a new latency in the moving average: about the last 20 requests count.
const EWMA_WEIGHT = 0.1;

/**
 * Scans log entries in order for error bursts and latency outliers, per service. Times come from the
 * entries, not the clock, so a replayed stream gives the same answers. State lives as long as the
 * function instance: a cold start begins a fresh baseline.
 *
 * @example
 * const detector = new AnomalyDetector({ burstErrors: 3 })
 * for (const entry of entries) for (const anomaly of detector.observe(entry)) alert(anomaly)
 */
export class AnomalyDetector {
  readonly #burstErrors: number;
  readonly #burstWindowMs: number;
  readonly #outlierFactor: number;
  readonly #outlierFloorMs: number;
  readonly #minSamples: number;
  readonly #services = new Map<string, ServiceState>();

  constructor(options: DetectorOptions = {}) {
    this.#burstErrors = options.burstErrors ?? 5;
    this.#burstWindowMs = options.burstWindowMs ?? 60_000;
    this.#outlierFactor = options.outlierFactor ?? 4;
    this.#outlierFloorMs = options.outlierFloorMs ?? 500;
    this.#minSamples = options.minSamples ?? 10;
  }

  /** Takes the next entry; returns the anomalies it completes (usually none). */
  observe(entry: LogEntry): Anomaly[] {
    const state = this.#stateOf(entry.service);
    const found: Anomaly[] = [];
    if (entry.level === 'error') {
      const burst = this.#burst(state, entry);
      if (burst) found.push(burst);
    }
    if (entry.latencyMs !== undefined) {
      const outlier = this.#latency(state, entry, entry.latencyMs);
      if (outlier) found.push(outlier);
    }
    return found;
  }

  #stateOf(service: string): ServiceState {
    let state = this.#services.get(service);
    if (!state) {
      state = { errors: [], averageMs: 0, samples: 0 };
      this.#services.set(service, state);
    }
    return state;
  }

  #burst(state: ServiceState, entry: LogEntry): Anomaly | undefined {
    const now = entry.time.getTime();
    const since = now - this.#burstWindowMs;
    while (state.errors.length > 0 && (state.errors[0] as number) <= since) state.errors.shift();
    state.errors.push(now);
    if (state.errors.length < this.#burstErrors) return undefined;
    const from = new Date(state.errors[0] as number);
    const errors = state.errors.length;
    // One alert per burst: the next one needs a full set of new errors.
    state.errors = [];
    return { kind: 'error-burst', service: entry.service, errors, from, to: entry.time };
  }

  #latency(state: ServiceState, entry: LogEntry, latencyMs: number): Anomaly | undefined {
    const limit = Math.max(this.#outlierFloorMs, state.averageMs * this.#outlierFactor);
    if (state.samples >= this.#minSamples && latencyMs > limit) {
      // Outliers stay out of the baseline, or a slow spell would hide itself.
      const baselineMs = Math.round(state.averageMs);
      return { kind: 'latency-outlier', service: entry.service, latencyMs, baselineMs, at: entry.time };
    }
    state.samples += 1;
    state.averageMs = state.samples === 1 ? latencyMs : state.averageMs + EWMA_WEIGHT * (latencyMs - state.averageMs);
    return undefined;
  }
}

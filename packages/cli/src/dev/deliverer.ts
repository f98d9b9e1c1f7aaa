import { eventTransport as awsEvents } from '@faasport/adapter-aws/testing';
import { eventTransport as azureEvents } from '@faasport/adapter-azure/testing';
import { eventTransport as gcpEvents } from '@faasport/adapter-gcp/testing';
import type { Definition, HttpDefinition } from '@faasport/core';
import { coldStartFlag, type EventInput, type EventTransport } from '@faasport/core/adapter';
import { captureNative } from './capture.js';
import { deliverNative } from './deliver-native.js';
import { detectNative } from './detect-native.js';
import { EventRefusedError, isRefusal } from './errors.js';
import { isEventInputJson, parseEventInput } from './event-input.js';
import { type FireResult, fromReport } from './fire-result.js';
import { deliverLocal, INPUT_KIND } from './local-events.js';
import { refusalText } from './native-event.js';
import { GcpServers } from './native-gcp.js';
import { defaultSource } from './sources.js';

/** Who delivers: the local provider (handlers called directly) or a cloud's reverse adapter. */
export type DevProvider = 'local' | 'aws' | 'gcp' | 'azure';

type EventKindDefinition = Exclude<Definition, HttpDefinition>;

/**
 * Fires events at definitions for the dev server and `faasport invoke`: normalized input through the
 * chosen provider's `eventTransport` (or directly, for `local`), native payloads through their own
 * provider's adapter, or — when another provider is chosen — read by their own adapter and delivered
 * again by the chosen one. Anything that cannot be delivered throws `EventRefusedError`.
 *
 * @example
 * const deliverer = new Deliverer('aws')
 * const result = await deliverer.fire('orders', orders, sqsFixture)
 * await deliverer.close()
 */
export class Deliverer {
  readonly provider: DevProvider;
  readonly #gcp = new GcpServers();
  readonly #transports = new Map<DevProvider, EventTransport>();
  readonly #coldStart = coldStartFlag();

  constructor(provider: DevProvider) {
    this.provider = provider;
  }

  /**
   * Fires a JSON payload (normalized or native) at a definition; `source` picks the native source
   * the chosen provider builds for normalized input (e.g. `sqs-fifo`).
   *
   * @example
   * await deliverer.fire('orders', orders, { kind: 'message', messages: [{ id: '1', body: 'hi' }] }, 'sqs')
   */
  async fire(name: string, def: Definition, payload: unknown, source?: string): Promise<FireResult> {
    if (isEventInputJson(payload)) return this.fireInput(name, def, parseEventInput(payload), source);
    const native = detectNative(payload);
    if (!native.kinds.includes(def.kind)) throw new EventRefusedError(refusalText(name, def.kind, native));
    if (this.provider === 'local' || this.provider === native.provider) {
      return deliverNative(name, def, native, this.#gcp);
    }
    if (def.kind === 'http') {
      throw new EventRefusedError(
        `${native.description} (${native.provider}) cannot be replayed through ${this.provider}: send HTTP requests to the function's route`,
      );
    }
    return this.fireInput(name, def, await captureNative(name, def, native), source);
  }

  /**
   * Delivers neutral input through the chosen provider (or locally).
   *
   * @example
   * await deliverer.fireInput('nightly', nightly, { kind: 'schedule', time: new Date() })
   */
  async fireInput(name: string, def: Definition, input: EventInput, source?: string): Promise<FireResult> {
    if (def.kind === 'http') {
      throw new EventRefusedError(`${name} is an 'http' definition: send HTTP requests to its route instead`);
    }
    if (INPUT_KIND[def.kind] !== input.kind) {
      throw new EventRefusedError(
        `${name} is a '${def.kind}' definition; it takes '${INPUT_KIND[def.kind]}' events, not '${input.kind}'`,
      );
    }
    if (this.provider === 'local') return deliverLocal(name, def, input, this.#coldStart());
    const transport = this.#transport(this.provider);
    const chosen = source ?? defaultSource(this.provider, def, input);
    const allowed: readonly string[] = transport.sources[def.kind] ?? [];
    if (!allowed.includes(chosen)) {
      throw new EventRefusedError(
        `${this.provider} cannot deliver '${chosen}' to ${name} (a '${def.kind}' definition); it has ${allowed.join(', ') || 'no source for it'}`,
      );
    }
    try {
      const report = await transport.deliver(def as EventKindDefinition, input, chosen);
      return fromReport(name, this.provider, `${this.provider} ${chosen}`, report);
    } catch (error) {
      if (isRefusal(error)) throw new EventRefusedError(error.message, { cause: error });
      throw error;
    }
  }

  #transport(provider: Exclude<DevProvider, 'local'>): EventTransport {
    let transport = this.#transports.get(provider);
    if (!transport) {
      transport = provider === 'aws' ? awsEvents() : provider === 'gcp' ? gcpEvents() : azureEvents();
      this.#transports.set(provider, transport);
    }
    return transport;
  }

  /** Stops every server this deliverer started. */
  async close(): Promise<void> {
    const transports = [...this.#transports.values()];
    this.#transports.clear();
    await Promise.all([this.#gcp.close(), ...transports.map((t) => t.close())]);
  }
}

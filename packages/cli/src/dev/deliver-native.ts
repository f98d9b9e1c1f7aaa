import type { Definition } from '@faasport/core';
import { EventRefusedError } from './errors.js';
import type { FireResult } from './fire-result.js';
import { deliverAwsNative } from './native-aws.js';
import { deliverAzureNative } from './native-azure.js';
import { type NativeEvent, refusalText } from './native-event.js';
import type { GcpServers } from './native-gcp.js';

/**
 * Delivers a native payload through its own provider's adapter, after checking that this provider
 * delivers it to a definition of this kind (else `EventRefusedError` naming both).
 *
 * @example
 * await deliverNative('orders', orders, detectNative(sqsEvent), gcpServers)
 */
export function deliverNative(
  name: string,
  def: Definition,
  native: NativeEvent,
  gcp: GcpServers,
): Promise<FireResult> {
  if (!native.kinds.includes(def.kind)) throw new EventRefusedError(refusalText(name, def.kind, native));
  switch (native.provider) {
    case 'aws':
      return deliverAwsNative(name, def, native);
    case 'gcp':
      return gcp.deliver(name, def, native);
    case 'azure':
      return deliverAzureNative(name, def, native);
  }
}

import type { Capabilities } from '@faasport/core/capabilities';
import { context } from './capabilities-context.js';
import { delivery } from './capabilities-delivery.js';
import { http } from './capabilities-http.js';
import { limits } from './capabilities-limits.js';
import { triggers } from './capabilities-triggers.js';

/**
 * What the Azure adapter maps and what Azure Functions (Flex Consumption) allows; every supported or
 * partial claim names the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-azure/capabilities'
 * capabilities.limits.timeout.http.value // 230
 */
export const capabilities: Capabilities = {
  provider: 'azure',
  platform: 'Azure Functions',
  adapter: '@faasport/adapter-azure',
  triggers,
  http,
  delivery,
  limits,
  context,
};

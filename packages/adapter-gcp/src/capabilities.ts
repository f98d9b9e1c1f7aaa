import type { Capabilities } from '@faasport/core/capabilities';
import { context } from './capabilities-context.js';
import { delivery } from './capabilities-delivery.js';
import { http } from './capabilities-http.js';
import { limits } from './capabilities-limits.js';
import { triggers } from './capabilities-triggers.js';

/**
 * What the GCP adapter maps and what Cloud Run functions allow; every supported or partial claim names
 * the conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-gcp/capabilities'
 * capabilities.limits.timeout.event.value // 540
 */
export const capabilities: Capabilities = {
  provider: 'gcp',
  platform: 'Google Cloud Run functions',
  adapter: '@faasport/adapter-gcp',
  triggers,
  http,
  delivery,
  limits,
  context,
};

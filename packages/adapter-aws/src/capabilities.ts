import type { Capabilities } from '@faasport/core/capabilities';
import { context } from './capabilities-context.js';
import { delivery } from './capabilities-delivery.js';
import { http } from './capabilities-http.js';
import { limits } from './capabilities-limits.js';
import { triggers } from './capabilities-triggers.js';

/**
 * What the AWS adapter maps and what Lambda allows; every supported or partial claim names the
 * conformance scenarios that prove it.
 *
 * @example
 * import { capabilities } from '@faasport/adapter-aws/capabilities'
 * capabilities.limits.timeout.http.value // 900
 */
export const capabilities: Capabilities = {
  provider: 'aws',
  platform: 'AWS Lambda',
  adapter: '@faasport/adapter-aws',
  triggers,
  http,
  delivery,
  limits,
  context,
};

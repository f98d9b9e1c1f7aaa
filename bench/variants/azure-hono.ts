import { azureHonoHandler } from '@marplex/hono-azurefunc-adapter';
import { honoApp } from './apps.js';
import { type AzureInput, invokeLikeHost } from './azure-host.js';

export function create(input: AzureInput) {
  const app = honoApp();
  const handler = azureHonoHandler(app.fetch);
  return () => invokeLikeHost(handler, input);
}

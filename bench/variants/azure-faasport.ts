import { toAzureHandler } from '@faasport/adapter-azure';
import { http } from '@faasport/core';
import { webHandler } from './apps.js';
import { type AzureInput, invokeLikeHost } from './azure-host.js';

export function create(input: AzureInput) {
  const handler = toAzureHandler(http(webHandler));
  return () => invokeLikeHost(handler, input);
}

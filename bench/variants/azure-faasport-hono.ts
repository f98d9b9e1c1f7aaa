import { toAzureHandler } from '@faasport/adapter-azure';
import { http } from '@faasport/core';
import { honoApp } from './apps.js';
import { type AzureInput, invokeLikeHost } from './azure-host.js';

export function create(input: AzureInput) {
  const handler = toAzureHandler(http(honoApp()));
  return () => invokeLikeHost(handler, input);
}

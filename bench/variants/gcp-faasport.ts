import { toCloudFunction } from '@faasport/adapter-gcp';
import { http } from '@faasport/core';
import { webHandler } from './apps.js';
import { serveThroughFunctionsFramework } from './gcp-serve.js';

export function start() {
  return serveThroughFunctionsFramework(toCloudFunction(http(webHandler)));
}

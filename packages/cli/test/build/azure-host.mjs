// A stand-in for the Azure Functions Node worker, run in a fresh process: answers
// `require('@azure/functions-core')` (the module the worker injects) with a double that records the
// registrations, loads the app from its package.json `main`, then invokes the HTTP function named
// on the command line the way the worker does (InvocationModel: getArguments → invokeFunction →
// getResponse). Prints one JSON line: { registrations, response }.
// usage: node azure-host.mjs <app folder> [<function name> <url>]
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [appDir, invokeName, invokeUrl] = process.argv.slice(2);
const registrations = [];
const core = {
  version: 'faasport-build-test-worker',
  programmingModel: undefined,
  setProgrammingModel(model) {
    core.programmingModel = model;
  },
  getProgrammingModel: () => core.programmingModel,
  registerFunction(metadata, callback) {
    registrations.push({ metadata, callback });
    return { dispose() {} };
  },
  registerHook(name) {
    throw new Error(`hooks are not modelled (${name})`);
  },
  log() {},
};
const load = Module._load;
Module._load = function (request, parent, isMain) {
  return request === '@azure/functions-core' ? core : load.call(this, request, parent, isMain);
};

const main = JSON.parse(readFileSync(join(appDir, 'package.json'), 'utf8')).main;
await import(pathToFileURL(join(appDir, main)).href);

let response;
if (invokeName) {
  const registration = registrations.find((r) => r.metadata.name === invokeName);
  const [bindingName] = Object.entries(registration.metadata.bindings).find(([, b]) => b.type === 'httpTrigger');
  const url = new URL(invokeUrl);
  const query = Object.fromEntries([...url.searchParams].map(([k, v]) => [k, { value: v }]));
  const request = {
    invocationId: 'c8c1a6a2-7e0b-4e4c-9a53-2f6f4a1c9d10',
    functionId: 'f0',
    inputData: [
      {
        name: bindingName,
        data: {
          http: { method: 'GET', url: invokeUrl, nullableHeaders: {}, nullableQuery: query, nullableParams: {} },
        },
      },
    ],
    triggerMetadata: {},
    traceContext: { traceParent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', attributes: {} },
  };
  const coreCtx = {
    invocationId: request.invocationId,
    request,
    metadata: registration.metadata,
    state: undefined,
    log() {},
  };
  const model = core.programmingModel.getInvocationModel(coreCtx);
  const { context, inputs } = await model.getArguments();
  coreCtx.state = 'invocation';
  const result = await model.invokeFunction(context, inputs, registration.callback);
  const http = (await model.getResponse(context, result)).returnValue.http;
  const body = http.body?.bytes ? Buffer.from(http.body.bytes).toString('utf8') : (http.body?.string ?? '');
  response = { status: Number(http.statusCode ?? 200), headers: http.headers, body };
}
const summary = registrations.map(({ metadata }) => ({
  name: metadata.name,
  bindings: Object.values(metadata.bindings).filter((b) => b.direction === 'in'),
}));
process.stdout.write(`${JSON.stringify({ registrations: summary, response })}\n`);

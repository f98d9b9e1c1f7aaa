// What the Azure Functions v4 Node worker does around an HTTP handler, with the library's real
// classes: build HttpRequest and InvocationContext from the RPC data, call the handler, then convert
// the result as toRpcHttp does (HttpResponse, header and cookie copies, body read to bytes).
// https://github.com/Azure/azure-functions-nodejs-library/blob/v4.x/src/converters/toRpcHttp.ts
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import az from '@azure/functions';

/** The request as the host hands it over. */
export interface AzureInput {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly query: Record<string, string>;
  readonly body?: string;
}

export type AzureHandler = (request: HttpRequest, context: InvocationContext) => Promise<HttpResponseInit>;

const contextInit = {
  invocationId: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
  functionName: 'bench',
  options: { trigger: { type: 'httpTrigger', name: 'request' } },
};

/** One invocation as the worker runs it; resolves to the status and byte length sent back. */
export async function invokeLikeHost(handler: AzureHandler, input: AzureInput): Promise<[number, number]> {
  const request = new az.HttpRequest({
    method: input.method,
    url: input.url,
    headers: input.headers,
    query: input.query,
    params: {},
    ...(input.body === undefined ? {} : { body: { string: input.body } }),
  });
  const result = await handler(request, new az.InvocationContext(contextInit));
  const response = result instanceof az.HttpResponse ? result : new az.HttpResponse(result);
  const headers: Record<string, string> = {};
  for (const [key, value] of response.headers.entries()) headers[key] = value;
  const cookies = response.cookies.map((c) => c.name);
  const body = await response.arrayBuffer();
  return [response.status, body.byteLength + cookies.length];
}

import type { HttpDefinition } from '@faasport/core';
import { type ContextHandle, errorResponse, runHttp } from '@faasport/core/adapter';
import { createGcpContext, type FunctionSettings } from './context.js';
import { fromExpressRequest } from './request.js';
import { sendResponse } from './response.js';
import type { CloudFunctionRequest, CloudFunctionResponse, CloudHttpFunction, GcpRaw } from './types.js';

/**
 * Wraps an HTTP definition as a Functions Framework HTTP function (for adapter code; users call
 * `toCloudFunction`). The returned promise never rejects.
 *
 * @example
 * functions.http('api', toHttpFunction(api, { functionName: 'api' }))
 */
export function toHttpFunction(def: HttpDefinition, settings: FunctionSettings): CloudHttpFunction {
  return (req, res) => handleHttp(def, settings, req, res);
}

async function handleHttp(
  def: HttpDefinition,
  settings: FunctionSettings,
  req: CloudFunctionRequest,
  res: CloudFunctionResponse,
): Promise<void> {
  const ctx = createGcpContext(req, res, settings);
  const onClose = (): void => {
    if (!res.writableFinished) ctx.abort(new DOMException('The client disconnected', 'AbortError'));
  };
  res.once('close', onClose);
  try {
    await sendResponse(res, await respond(def, req, ctx));
  } catch (error) {
    failAfterStart(res, ctx, error);
  } finally {
    res.off('close', onClose);
    ctx.dispose();
  }
}

async function respond(def: HttpDefinition, req: CloudFunctionRequest, ctx: ContextHandle<GcpRaw>): Promise<Response> {
  let request: Request;
  try {
    request = await fromExpressRequest(req);
  } catch (error) {
    return errorResponse(error, ctx);
  }
  return runHttp(def, request, ctx);
}

// Reached only when writing the response failed (e.g. the body stream threw midway).
function failAfterStart(res: CloudFunctionResponse, ctx: ContextHandle<GcpRaw>, error: unknown): void {
  ctx.log.error('Failed to send the response', { error });
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  res.statusCode = 500;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end('Internal Server Error');
}

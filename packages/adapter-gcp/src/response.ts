import type { ResponseParts } from '@faasport/core/adapter';
import { GCP_RESPONSE_LIMIT } from './limits.js';
import type { CloudFunctionResponse } from './types.js';

const noop = (): void => {};

/**
 * Writes the parts of a response built from a string or bytes (core's fast Response) in one
 * `res.end(body)`: no stream, no chunked encoding. A body over Cloud Run's 32 MiB cap goes out
 * chunked as before, since a declared length over it is refused (see limits.ts).
 *
 * @example
 * const parts = takeResponseParts(res); if (parts) sendResponseParts(nodeRes, parts)
 */
export function sendResponseParts(res: CloudFunctionResponse, parts: ResponseParts): void {
  res.statusCode = parts.status;
  let cookies: string[] | undefined;
  for (const [name, value] of parts.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
    else if (cookies) cookies.push(value);
    else cookies = [value];
  }
  if (cookies) res.setHeader('set-cookie', cookies);
  const body = parts.body;
  if (body === null || !mayHaveBody(res, parts.status)) {
    res.end();
  } else if (byteLengthOver(body, GCP_RESPONSE_LIMIT)) {
    // write() then end() keeps the chunked encoding; Node buffers what the socket can't take yet.
    res.write(body);
    res.end();
  } else {
    res.end(body);
  }
}

function byteLengthOver(body: string | Uint8Array, limit: number): boolean {
  if (typeof body !== 'string') return body.byteLength > limit;
  // A UTF-16 unit takes 1 to 3 UTF-8 bytes: count only when the bound is not already decisive.
  return body.length * 3 > limit && Buffer.byteLength(body, 'utf8') > limit;
}

/**
 * Writes a Web `Response` to the Node response with the raw Node methods (Express's `res.send`
 * would add an ETag and change content types): status, every header (`Set-Cookie` as an array,
 * never comma-joined), then the body chunk by chunk as it is produced, waiting for `drain` when the
 * socket is full. If the client goes away, the body stream is cancelled.
 *
 * @example
 * await sendResponse(res, new Response('hello', { headers: { 'content-type': 'text/plain' } }))
 */
export async function sendResponse(res: CloudFunctionResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  writeHeaders(res, response.headers);
  const body = response.body;
  if (body === null || !mayHaveBody(res, response.status)) {
    body?.cancel().catch(noop);
    res.end();
    return;
  }
  await pipeBody(body, res);
}

function writeHeaders(res: CloudFunctionResponse, headers: Headers): void {
  for (const [name, value] of headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
}

// https://www.rfc-editor.org/rfc/rfc9110#section-6.4.1: no content for HEAD, 1xx, 204 and 304.
function mayHaveBody(res: CloudFunctionResponse, status: number): boolean {
  return status !== 204 && status !== 304 && status >= 200 && res.req?.method !== 'HEAD';
}

async function pipeBody(body: ReadableStream<Uint8Array>, res: CloudFunctionResponse): Promise<void> {
  const reader = body.getReader();
  const onClose = (): void => {
    if (!res.writableFinished) reader.cancel(new DOMException('The client disconnected', 'AbortError')).catch(noop);
  };
  res.once('close', onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || res.destroyed) break;
      if (!res.write(value)) await drained(res);
    }
    if (!res.destroyed) res.end();
  } catch (error) {
    // Headers (and maybe part of the body) are out: cut the connection so the client sees a truncated reply.
    res.destroy();
    reader.cancel(error).catch(noop);
    throw error;
  } finally {
    res.off('close', onClose);
  }
}

function drained(res: CloudFunctionResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

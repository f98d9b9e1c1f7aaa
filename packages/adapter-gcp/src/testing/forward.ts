import { type Agent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';

/**
 * Where `forwardRequest` sends to: a server on 127.0.0.1.
 *
 * @example
 * const target: ForwardTarget = { port: 8080, agent: new Agent({ keepAlive: true }) }
 */
export interface ForwardTarget {
  readonly port: number;
  readonly agent: Agent;
}

/**
 * Sends a Web `Request` to a local server with `node:http` — not `fetch`, which would rewrite Host,
 * join repeated headers and decompress gzip — and turns the answer into a Web `Response`:
 * `Host` is the request URL's host, `x-forwarded-proto` its scheme, each response header appended
 * as received (every `Set-Cookie` separately), the body streamed byte for byte, redirects not followed.
 *
 * @example
 * const res = await forwardRequest(new Request('https://api.example.com/x?a=1&a=2'), { port, agent })
 */
export async function forwardRequest(request: Request, target: ForwardTarget): Promise<Response> {
  const url = new URL(request.url);
  const body = request.body === null ? undefined : Buffer.from(await request.arrayBuffer());
  const headers = outgoingHeaders(request.headers, url, body);
  const incoming = await send(request, url, headers, body, target);
  return toWebResponse(incoming, request.method);
}

function outgoingHeaders(headers: Headers, url: URL, body: Buffer | undefined): string[] {
  const flat: string[] = ['host', url.host, 'x-forwarded-proto', url.protocol.slice(0, -1)];
  let hasLength = false;
  for (const [name, value] of headers) {
    if (name === 'host' || name === 'x-forwarded-proto') continue;
    if (name === 'content-length') hasLength = true;
    flat.push(name, value);
  }
  if (body !== undefined && !hasLength && !headers.has('transfer-encoding')) {
    flat.push('content-length', String(body.byteLength));
  }
  return flat;
}

function send(
  request: Request,
  url: URL,
  headers: string[],
  body: Buffer | undefined,
  target: ForwardTarget,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        method: request.method,
        path: `${url.pathname}${url.search}`,
        headers,
        agent: target.agent,
        signal: request.signal,
      },
      resolve,
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function toWebResponse(incoming: IncomingMessage, method: string): Response {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  const status = incoming.statusCode ?? 0;
  const init = { status, statusText: incoming.statusMessage ?? '', headers };
  if (status === 204 || status === 304 || method === 'HEAD') {
    incoming.resume();
    return new Response(null, init);
  }
  return new Response(Readable.toWeb(incoming) as ReadableStream<Uint8Array>, init);
}

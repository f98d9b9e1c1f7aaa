import { randomUUID } from 'node:crypto';
import type { CallRecord } from './call-log.js';
import { invokeHandler, type LambdaFunction, type LambdaOutcome } from './lambda-invoke.js';
import { captureLogs } from './log-capture.js';
import { readBody } from './read-body.js';

/** What the Lambda API needs from the dev server. */
export interface LambdaApiHost {
  /** The names `ListFunctions` lists, in order. */
  functionNames(): readonly string[];
  /** The function `Invoke` runs for a name: a definition through `toLambda`, or a ready-made handler. */
  handlerOf(name: string): LambdaFunction | undefined;
  bodyLimit: number;
  /** Background (`Event`) invocations still running: the server waits for them on close. */
  pending: Set<Promise<unknown>>;
  record(call: CallRecord): void;
}

const ACCOUNT = '123456789012';
const TAIL_BYTES = 4096;
const CREDENTIAL_REGION = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\/lambda\//;

// The region the client signed for, so ARNs look like the client's own.
function regionOf(request: Request): string {
  return CREDENTIAL_REGION.exec(request.headers.get('authorization') ?? '')?.[1] ?? 'us-east-1';
}

function arn(region: string, name: string): string {
  return `arn:aws:lambda:${region}:${ACCOUNT}:function:${name}`;
}

// https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors: the error name
// travels in X-Amzn-ErrorType, which the SDK turns into the exception class.
function apiError(status: number, type: string, message: string): Response {
  return Response.json(
    { Type: 'User', message },
    { status, headers: { 'x-amzn-errortype': type, 'x-amzn-requestid': randomUUID() } },
  );
}

/**
 * `ListFunctions`: every function served (definitions and ready-made handlers) as a `nodejs20.x`
 * function (`GET /2015-03-31/functions/`).
 *
 * @example
 * app.get('/2015-03-31/functions', (c) => listFunctions(host, c.req.raw))
 */
export function listFunctions(host: LambdaApiHost, request: Request): Response {
  const region = regionOf(request);
  const Functions = host.functionNames().map((name) => ({
    FunctionName: name,
    FunctionArn: arn(region, name),
    Runtime: 'nodejs20.x',
    Handler: `index.${name}`,
    Description: host.handlerOf(name)?.description ?? '',
    Timeout: host.handlerOf(name)?.timeoutSeconds ?? 3,
    MemorySize: 128,
    Version: '$LATEST',
    PackageType: 'Zip',
    Architectures: ['x86_64'],
    LastModified: new Date().toISOString().replace('Z', '+0000'),
  }));
  return Response.json({ Functions, NextMarker: null });
}

// `name`, `name:qualifier`, or a full or partial ARN.
function functionNameOf(raw: string): string {
  const name = decodeURIComponent(raw);
  const parts = name.split(':');
  const at = parts.indexOf('function');
  return (at === -1 ? parts[0] : parts[at + 1]) ?? '';
}

function tail(output: string): string {
  const bytes = Buffer.from(output, 'utf8');
  return bytes.subarray(Math.max(0, bytes.byteLength - TAIL_BYTES)).toString('base64');
}

// The Node.js runtime's answer for a rejected handler: errorType, errorMessage and the stack as lines.
function errorPayload(error: unknown): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return JSON.stringify({ errorType: e.name, errorMessage: e.message, trace: (e.stack ?? '').split('\n') });
}

async function run(
  host: LambdaApiHost,
  name: string,
  fn: LambdaFunction,
  event: unknown,
  what: string,
): Promise<{ out: LambdaOutcome; output: string; requestId: string }> {
  const requestId = randomUUID();
  const started = performance.now();
  const { value: out, output } = await captureLogs(async () => {
    process.stdout.write(`START RequestId: ${requestId} Version: $LATEST\n`);
    const result = await invokeHandler(name, fn, event, requestId);
    const ms = performance.now() - started;
    if (!result.ok) {
      const e = result.error as Error;
      process.stdout.write(`${JSON.stringify({ errorType: e?.name, errorMessage: e?.message })}\n`);
    }
    process.stdout.write(`END RequestId: ${requestId}\n`);
    process.stdout.write(
      `REPORT RequestId: ${requestId}\tDuration: ${ms.toFixed(2)} ms\tBilled Duration: ${Math.ceil(ms)} ms\tMemory Size: 128 MB\t\n`,
    );
    return result;
  });
  const outcome = out.ok ? 'ok' : `failed: ${(out.error as Error)?.name}: ${(out.error as Error)?.message}`;
  host.record({ fn: name, what, invocationId: requestId, ms: performance.now() - started, outcome, via: 'aws' });
  return { out, output, requestId };
}

/**
 * `Invoke` (`POST /2015-03-31/functions/{name}/invocations`) through the host's handler for the name
 * (`toLambda(def)`, or a ready-made handler such as a built `index.mjs` export) with a Lambda context:
 * `RequestResponse` answers the result (or `X-Amz-Function-Error: Unhandled` with
 * `{ errorType, errorMessage, trace }`), `Event` answers 202 and runs in the background, `DryRun`
 * answers 204; `X-Amz-Log-Type: Tail` adds `X-Amz-Log-Result`, the base64 of the last 4 KB of the
 * invocation's log. https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 *
 * @example
 * app.post('/2015-03-31/functions/:name/invocations', (c) => invoke(host, c.req.param('name'), c.req.raw))
 */
export async function invoke(host: LambdaApiHost, rawName: string, request: Request): Promise<Response> {
  const name = functionNameOf(rawName);
  const fn = host.handlerOf(name);
  if (!fn) {
    return apiError(404, 'ResourceNotFoundException', `Function not found: ${arn(regionOf(request), name)}`);
  }
  const type = request.headers.get('x-amz-invocation-type') ?? 'RequestResponse';
  if (type !== 'RequestResponse' && type !== 'Event' && type !== 'DryRun') {
    return apiError(400, 'InvalidParameterValueException', `Unknown InvocationType ${JSON.stringify(type)}`);
  }
  const body = await readBody(request, host.bodyLimit);
  if (!body) {
    return apiError(
      413,
      'RequestTooLargeException',
      `Request must be smaller than ${host.bodyLimit} bytes for the Invoke operation`,
    );
  }
  let event: unknown;
  try {
    const text = new TextDecoder().decode(body);
    event = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return apiError(
      400,
      'InvalidRequestContentException',
      `Could not parse request body into json: ${(error as Error).message}`,
    );
  }
  const headers: Record<string, string> = { 'x-amz-executed-version': '$LATEST' };
  if (type === 'DryRun') return new Response(null, { status: 204, headers });
  if (type === 'Event') {
    const job = run(host, name, fn, event, 'invoke Event').finally(() => host.pending.delete(job));
    host.pending.add(job);
    return new Response(null, { status: 202, headers });
  }
  const { out, output, requestId } = await run(host, name, fn, event, 'invoke RequestResponse');
  headers['content-type'] = 'application/json';
  headers['x-amzn-requestid'] = requestId;
  if (request.headers.get('x-amz-log-type') === 'Tail') headers['x-amz-log-result'] = tail(output);
  if (!out.ok) {
    headers['x-amz-function-error'] = 'Unhandled';
    return new Response(errorPayload(out.error), { status: 200, headers });
  }
  return new Response(JSON.stringify(out.result), { status: 200, headers });
}

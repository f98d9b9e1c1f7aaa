// GCP: server CPU per request through the real Functions Framework on 127.0.0.1. Every server
// variant runs in its own process (process.cpuUsage() is then its CPU alone); the parent drives
// keep-alive requests one at a time and reads the server's CPU before and after each round.
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { jsonBody1k } from './events.js';
import { bundleVariant, type IsolatedVariant } from './isolated.js';
import type { CaseResult } from './lib.js';
import type { CaseFormat, Comparison } from './report.js';

export const GCP_FLOOR = 'raw functions.http handler (floor)';

/** Variants: modules exporting `start() => Promise<{ server, port }>`. */
export const gcpVariants: IsolatedVariant[] = [
  { name: GCP_FLOOR, module: 'gcp-raw.ts' },
  { name: 'faasport toCloudFunction', module: 'gcp-faasport.ts' },
  { name: 'faasport toCloudFunction + Hono app', module: 'gcp-faasport-hono.ts' },
  { name: 'Hono getRequestListener', module: 'gcp-hono.ts' },
  { name: 'bare node:http, no framework', module: 'gcp-node.ts' },
];

export const gcpComparisons: Comparison[] = [
  { ours: 'faasport toCloudFunction', peer: 'Hono getRequestListener', target: 1 },
  { ours: 'faasport toCloudFunction + Hono app', peer: 'Hono getRequestListener' },
];

/** Raw figures are ns of server CPU per request. */
export const GCP_FORMAT: CaseFormat = {
  fmt: (ns) => `${(ns / 1000).toFixed(1)} µs`,
  perCall: 'median server CPU per request',
  chartUnit: 'µs of server CPU added per request',
  chartScale: 1000,
};

export interface GcpRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: string;
}

export const gcpRequests: [string, GcpRequest][] = [
  ['GCP Functions Framework GET', { method: 'GET', path: '/items/42?expand=owner&fields=a&fields=b' }],
  ['GCP Functions Framework POST 1 KB JSON', { method: 'POST', path: '/items', body: jsonBody1k }],
];

const headers = { accept: 'application/json', 'user-agent': 'bench', 'x-forwarded-proto': 'https' };

interface Server {
  readonly child: ChildProcess;
  readonly port: number;
  readonly agent: Agent;
}

function nextMessage<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`server process exited with ${code}`));
    child.once('exit', onExit);
    child.once('message', (m) => {
      child.off('exit', onExit);
      resolve(m as T);
    });
  });
}

async function startServer(variant: IsolatedVariant): Promise<Server> {
  const bundle = await bundleVariant(variant.module);
  const child = fork(fileURLToPath(new URL('server-child.mjs', import.meta.url)), [bundle], {
    execArgv: [],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const { port } = await nextMessage<{ port: number }>(child);
  return { child, port, agent: new Agent({ keepAlive: true, maxSockets: 1 }) };
}

async function stopServer(server: Server): Promise<void> {
  server.agent.destroy();
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.send('stop');
  await exited;
}

/** One request; resolves to "status body". */
function send(server: Server, req: GcpRequest): Promise<string> {
  const body = req.body;
  const reqHeaders = body
    ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
    : headers;
  return new Promise((resolve, reject) => {
    const r = request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: req.method,
        path: req.path,
        headers: reqHeaders,
        agent: server.agent,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(`${res.statusCode} ${Buffer.concat(chunks).toString('utf8')}`));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(body);
  });
}

async function serverCpuMicros(server: Server): Promise<number> {
  server.child.send('cpu');
  const { cpu } = await nextMessage<{ cpu: NodeJS.CpuUsage }>(server.child);
  return cpu.user + cpu.system;
}

/** ns of server CPU per request over `n` sequential requests. */
async function cpuPerRequest(server: Server, req: GcpRequest, n: number): Promise<number> {
  const before = await serverCpuMicros(server);
  for (let i = 0; i < n; i++) await send(server, req);
  return ((await serverCpuMicros(server)) - before) * (1000 / n);
}

export interface GcpOptions {
  readonly rounds: number;
  readonly requests: number;
  readonly warmup: number;
}

/** Runs one request shape against every server variant, interleaved; refuses unlike answers. */
export async function runGcpCase(name: string, req: GcpRequest, opts: GcpOptions): Promise<CaseResult> {
  const servers: Server[] = [];
  try {
    for (const v of gcpVariants) servers.push(await startServer(v));
    const answers = await Promise.all(servers.map((s) => send(s, req)));
    answers.forEach((a, i) => {
      if (a !== answers[0]) throw new Error(`${name}: ${gcpVariants[i]?.name} answered ${a}, floor ${answers[0]}`);
    });
    for (const s of servers) for (let i = 0; i < opts.warmup; i++) await send(s, req);
    const rounds: Record<string, number[]> = Object.fromEntries(gcpVariants.map((v) => [v.name, []]));
    for (let r = 0; r < opts.rounds; r++) {
      for (let k = 0; k < servers.length; k++) {
        const i = (k + r) % servers.length;
        rounds[gcpVariants[i]?.name ?? '']?.push(await cpuPerRequest(servers[i] as Server, req, opts.requests));
      }
    }
    return { name, rounds };
  } finally {
    await Promise.all(servers.map(stopServer));
  }
}

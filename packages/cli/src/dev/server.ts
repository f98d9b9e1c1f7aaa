import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { UsageError } from '../errors.js';
import { type LoadedEntry, loadEntry } from '../load-entry.js';
import { type AppState, createAppState } from './app-state.js';
import { type CallRecord, type DevLog, formatCall, stderrLog } from './call-log.js';
import { type Clock, systemClock } from './clock.js';
import type { DevProvider } from './deliverer.js';
import { fireRoute } from './fire-route.js';
import { httpRoute } from './http-route.js';
import { invoke, type LambdaApiHost, listFunctions } from './lambda-api.js';
import { lambdaFunctions } from './lambda-functions.js';
import type { LambdaHandler } from './lambda-invoke.js';
import { installLogCapture } from './log-capture.js';
import { watchFolder } from './watch.js';

/** Options of `startDevServer`. */
export interface DevServerOptions {
  /** A module file or a folder (its package.json `main`, else `src/index.ts`); optional when `lambdaHandlers` is given. */
  readonly entry?: string;
  /**
   * Ready-made Lambda handlers by function name (e.g. a built `index.mjs`'s exports, see
   * `faasport dev --lambda`), served by the Lambda API next to the entry's definitions; a handler
   * wins over a definition of the same name. Their context deadline is Lambda's default 3 s.
   */
  readonly lambdaHandlers?: Readonly<Record<string, LambdaHandler>>;
  /** Default 3000; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: the server is reachable from this machine only unless a host is given. */
  readonly host?: string;
  /** Which provider's adapter runs each call; default `local`. */
  readonly as?: DevProvider;
  readonly cwd?: string;
  /** Where the loader writes its bundles (default `<entry folder>/.faasport/load`). */
  readonly outDir?: string;
  /** Largest request body accepted, in bytes; default 6 MB (Lambda's synchronous payload limit). */
  readonly bodyLimit?: number;
  /** Reload when a file under the entry's folder changes; default true. */
  readonly watch?: boolean;
  readonly debounceMs?: number;
  /** The clock schedules tick on; `null` turns ticking off. Default: the system clock. */
  readonly clock?: Clock | null;
  /** Where the server's own lines go; default stderr. */
  readonly log?: DevLog;
}

/** A running dev server. */
export interface DevServer {
  /** `http://127.0.0.1:<port>` (the host given, when one was). */
  readonly url: string;
  readonly port: number;
  /** The definitions being served now (after the latest successful reload). */
  readonly state: AppState;
  /** Loads the entry again; keeps the old version (and logs why) when that fails (or there is no entry). Resolves to whether it reloaded. */
  reload(): Promise<boolean>;
  close(): Promise<void>;
}

const SIX_MB = 6 * 1024 * 1024;

/**
 * Loads an entry and serves its definitions on 127.0.0.1 (Hono on `@hono/node-server`): HTTP
 * definitions at `/<name>/*` (or `/` when alone), events at `POST /_faasport/<name>`, the Lambda
 * Invoke API at `/2015-03-31/functions/…` (also for `lambdaHandlers`), schedules ticking, and a
 * reload on file change. Throws `EntryLoadError` when the entry cannot be loaded, `UsageError` when
 * there is neither an entry nor `lambdaHandlers`.
 *
 * @example
 * const dev = await startDevServer({ entry: 'examples/hello', port: 0, as: 'aws' })
 * await fetch(`${dev.url}/`); await dev.close()
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const log = options.log ?? stderrLog;
  const provider = options.as ?? 'local';
  const clock = options.clock === null ? undefined : (options.clock ?? systemClock);
  const loadOptions = {
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.outDir ? { outDir: options.outDir } : {}),
  };
  const entry = options.entry;
  if (entry === undefined && options.lambdaHandlers === undefined) {
    throw new UsageError('startDevServer needs an entry or lambdaHandlers');
  }
  const loaded: LoadedEntry | undefined = entry === undefined ? undefined : await loadEntry(entry, loadOptions);
  const record = (call: CallRecord) => log(formatCall(call));
  const build = (defs: AppState['definitions']) =>
    createAppState(defs, { provider, record, ...(clock ? { clock } : {}) });
  let state = await build(loaded?.definitions ?? new Map());
  const host: LambdaApiHost = {
    ...lambdaFunctions(() => state.definitions, options.lambdaHandlers),
    bodyLimit: options.bodyLimit ?? SIX_MB,
    pending: new Set(),
    record,
  };
  const app = new Hono();
  app.get('/2015-03-31/functions', (c) => listFunctions(host, c.req.raw));
  app.get('/2015-03-31/functions/', (c) => listFunctions(host, c.req.raw));
  app.post('/2015-03-31/functions/:name/invocations', (c) => invoke(host, c.req.param('name'), c.req.raw));
  app.post('/_faasport/:name', (c) => fireRoute(c.req.raw, c.req.param('name'), state, host, () => randomUUID()));
  // Set once listening (no request arrives before): what HTTP functions see as their URL's origin.
  let origin = '';
  app.all('*', (c) => httpRoute(c.req.raw, state, host, randomUUID(), origin));

  const uninstallCapture = installLogCapture();
  const server = createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  const hostname = options.host ?? '127.0.0.1';
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 3000, hostname, () => resolve());
    });
  } catch (error) {
    uninstallCapture();
    await state.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;

  let chain: Promise<boolean> = Promise.resolve(true);
  const reload = (): Promise<boolean> => {
    if (entry === undefined) return Promise.resolve(false);
    chain = chain.then(async () => {
      try {
        const next = await loadEntry(entry, loadOptions);
        const fresh = await build(next.definitions);
        const old = state;
        state = fresh;
        await old.close();
        log(`reloaded ${entry}: ${[...next.definitions.keys()].join(', ')}`);
        return true;
      } catch (error) {
        log(`reload failed, still serving the previous version: ${(error as Error).message}`);
        return false;
      }
    });
    return chain;
  };
  const stopWatching =
    options.watch === false || !loaded
      ? () => {}
      : watchFolder(dirname(loaded.file), () => void reload(), options.debounceMs);

  const urlHost = hostname.includes(':') ? `[${hostname}]` : hostname;
  origin = `http://${urlHost}:${port}`;
  let closed: Promise<void> | undefined;
  return {
    url: origin,
    port,
    get state() {
      return state;
    },
    reload,
    close() {
      closed ??= (async () => {
        stopWatching();
        await chain;
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        await Promise.allSettled([...host.pending]);
        await state.close();
        uninstallCapture();
      })();
      return closed;
    },
  };
}

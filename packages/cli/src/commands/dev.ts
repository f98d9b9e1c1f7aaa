import { parseArgs, stringFlag } from '../args.js';
import { banner } from '../dev/banner.js';
import type { DevProvider } from '../dev/deliverer.js';
import { demo } from '../dev/demo.js';
import { loadLambdaDir } from '../dev/lambda-dir.js';
import { type DevServer, startDevServer } from '../dev/server.js';
import { UsageError } from '../errors.js';

const USAGE =
  'usage: faasport dev <entry> [--port N] [--host H] [--as aws|gcp|azure|local] [--no-watch] [--demo [--once]] [--lambda <built aws dir>]\n' +
  '       faasport dev --lambda <built aws dir> [--port N] [--host H]';
const FLAGS = new Set(['port', 'host', 'as', 'no-watch', 'demo', 'once', 'lambda']);

/** What `faasport dev` was asked for. */
export interface DevCommand {
  /** Absent when only `--lambda` is given. */
  readonly entry?: string;
  /** A built AWS folder whose `index.mjs` handlers the Lambda API serves. */
  readonly lambda?: string;
  readonly port: number;
  readonly host?: string;
  readonly as: DevProvider;
  readonly watch: boolean;
  readonly demo: boolean;
  readonly once: boolean;
}

/**
 * Reads `faasport dev`'s arguments; `UsageError` names a bad or unknown flag.
 *
 * @example
 * parseDevArgs(['examples/hello', '--as', 'gcp']) // { entry: 'examples/hello', port: 3000, as: 'gcp', … }
 */
export function parseDevArgs(argv: string[]): DevCommand {
  const args = parseArgs(argv, ['no-watch', 'demo', 'once']);
  const [entry, ...extra] = args.positionals;
  const lambda = stringFlag(args, 'lambda');
  if (!entry && !lambda) throw new UsageError(`faasport dev needs an entry (or --lambda <dir>)\n${USAGE}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}\n${USAGE}`);
  for (const flag of Object.keys(args.flags)) {
    if (!FLAGS.has(flag)) throw new UsageError(`unknown flag --${flag}\n${USAGE}`);
  }
  const portText = stringFlag(args, 'port') ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a port number (0-65535), got ${JSON.stringify(portText)}`);
  }
  const host = stringFlag(args, 'host');
  const once = args.flags.once === true;
  if (once && args.flags.demo !== true) throw new UsageError(`--once goes with --demo\n${USAGE}`);
  return {
    ...(entry ? { entry } : {}),
    ...(lambda ? { lambda } : {}),
    port,
    ...(host ? { host } : {}),
    as: (stringFlag(args, 'as', { oneOf: ['aws', 'gcp', 'azure', 'local'] }) ?? 'local') as DevProvider,
    watch: args.flags['no-watch'] !== true,
    demo: args.flags.demo === true,
    once,
  };
}

function untilSignal(dev: DevServer): Promise<number> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write('faasport dev: stopping\n');
      void dev.close().then(() => resolve(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `faasport dev <entry>`: serves the entry until SIGINT/SIGTERM, printing the URLs to try (with
 * `--lambda <dir>`, also the built `index.mjs` handlers on the Lambda API, imported as Lambda would); with
 * `--demo`, first prints the same requests answered through the dev server, AWS, GCP and Azure side
 * by side, and with `--once` exits after that. An entry that cannot load rejects with its
 * `EntryLoadError` (the bin prints the message, exit 1).
 *
 * @example
 * process.exitCode = await run(['examples/hello', '--demo', '--once'])
 */
export async function run(argv: string[]): Promise<number> {
  const options = parseDevArgs(argv);
  const lambdaHandlers = options.lambda ? await loadLambdaDir(options.lambda) : undefined;
  const dev = await startDevServer({
    ...(options.entry ? { entry: options.entry } : {}),
    ...(lambdaHandlers ? { lambdaHandlers } : {}),
    port: options.port,
    as: options.as,
    watch: options.watch && !options.once,
    ...(options.host ? { host: options.host } : {}),
    ...(options.once ? { clock: null } : {}),
  });
  process.stdout.write(banner(dev.url, dev.state, options.as, Object.keys(lambdaHandlers ?? {})));
  if (options.demo) {
    try {
      process.stdout.write(await demo(dev.url, dev.state.routes));
    } catch (error) {
      await dev.close();
      throw error;
    }
  }
  if (options.once) {
    await dev.close();
    return 0;
  }
  return untilSignal(dev);
}

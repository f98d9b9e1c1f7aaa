// `faasport matrix`: renders the adapters' capabilities into docs/providers.md, docs/providers.html and
// the README's provider table; `--check` fails when they are stale; `--json` prints the model;
// `--for <entry>` judges an app's definitions against every provider.
import { resolve } from 'node:path';
import { parseArgs, stringFlag } from '../args.js';
import { UsageError } from '../errors.js';
import { loadEntry } from '../load-entry.js';
import { providerCapabilities } from '../matrix/model.js';
import { expectedOutputs, staleOutputs, writeOutputs } from '../matrix/outputs.js';
import { portability } from '../matrix/portability.js';
import { renderPortability } from '../matrix/render-portability.js';

export const USAGE = `faasport matrix [--check | --json | --for <entry> [--json]] [--root <dir>]

  (no flag)       write docs/providers.md, docs/providers.html and the README provider table
  --check         exit 1 when any of them is stale
  --json          print the capability model of every adapter
  --for <entry>   print which exported definitions each provider runs fully, degraded or not at all
  --root <dir>    the repository root (default: the current directory)
`;

/** Where the command writes: stdout and stderr, replaceable in tests. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

async function forEntry(entry: string, json: boolean, io: Io): Promise<number> {
  const { definitions } = await loadEntry(entry);
  const reports = portability(definitions, providerCapabilities());
  io.out(json ? `${JSON.stringify(reports, null, 2)}\n` : renderPortability(entry, reports));
  return 0;
}

/**
 * Runs `faasport matrix` with `argv` (after the command name); resolves to the exit code.
 *
 * @example
 * process.exitCode = await run(['--check'])
 */
export async function run(argv: string[], io: Io = processIo): Promise<number> {
  const args = parseArgs(argv, ['check', 'json', 'help']);
  if (args.flags.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.positionals.length) throw new UsageError(`faasport matrix takes no positional argument\n\n${USAGE}`);
  const root = resolve(stringFlag(args, 'root') ?? '.');
  const entry = stringFlag(args, 'for');
  if (entry !== undefined) return forEntry(entry, args.flags.json === true, io);
  if (args.flags.json) {
    io.out(`${JSON.stringify({ providers: providerCapabilities() }, null, 2)}\n`);
    return 0;
  }
  const expected = expectedOutputs(root, providerCapabilities());
  if (args.flags.check) {
    const stale = staleOutputs(root, expected);
    if (!stale.length) return 0;
    io.err(`faasport matrix: stale, run \`npm run matrix\`: ${stale.join(', ')}\n`);
    return 1;
  }
  const written = writeOutputs(root, expected);
  io.out(written.length ? `wrote ${written.join(', ')}\n` : 'up to date\n');
  return 0;
}

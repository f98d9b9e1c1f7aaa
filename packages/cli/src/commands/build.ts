import { parseArgs, stringFlag } from '../args.js';
import { build, describeBuild } from '../build/build.js';
import { BuildError } from '../build/errors.js';
import { TARGETS, type Target } from '../build/plan.js';
import { UsageError } from '../errors.js';

const USAGE = 'usage: faasport build <entry> --target aws|gcp|azure [--out dir]';

/**
 * `faasport build <entry> --target aws|gcp|azure [--out dir]`: writes the deployable folder and lists
 * its files; bad input rejects with a `FaasportError` (the bin prints its message, exit 1; usage: 2).
 *
 * @example
 * process.exitCode = await run(['examples/hello', '--target', 'gcp'])
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const [entry, ...extra] = args.positionals;
  if (!entry) throw new UsageError(`faasport build needs an entry\n${USAGE}`);
  if (extra.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(extra[0])}\n${USAGE}`);
  const target = stringFlag(args, 'target', { required: true });
  if (!TARGETS.includes(target as Target)) {
    throw new BuildError(`unknown target ${JSON.stringify(target)}: faasport build targets ${TARGETS.join(', ')}`);
  }
  const out = stringFlag(args, 'out');
  for (const flag of Object.keys(args.flags)) {
    if (flag !== 'target' && flag !== 'out') throw new UsageError(`unknown flag --${flag}\n${USAGE}`);
  }
  const result = await build({ entry, target: target as Target, ...(out !== undefined && { out }) });
  process.stdout.write(describeBuild(result));
  return 0;
}

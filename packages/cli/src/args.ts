import { UsageError } from './errors.js';

/** Parsed command line: positionals and `--flag value` / `--flag` options. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Record<string, string | true>;
}

/**
 * Parses `argv` (without node and script); `--name value`, `--name=value` and bare `--name`.
 *
 * @example
 * parseArgs(['build', 'src/index.ts', '--target', 'aws']) // { positionals: ['build', 'src/index.ts'], flags: { target: 'aws' } }
 */
export function parseArgs(argv: readonly string[], booleans: readonly string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!name) throw new UsageError(`empty flag name in ${JSON.stringify(arg)}`);
    if (eq !== -1) flags[name] = arg.slice(eq + 1);
    else if (booleans.includes(name) || i + 1 >= argv.length || (argv[i + 1] as string).startsWith('--'))
      flags[name] = true;
    else flags[name] = argv[++i] as string;
  }
  return { positionals, flags };
}

/**
 * Reads a string flag, or throws `UsageError` naming it when it is required and missing.
 *
 * @example
 * const target = stringFlag(args, 'target', { required: true, oneOf: ['aws', 'gcp', 'azure'] })
 */
export function stringFlag(
  args: ParsedArgs,
  name: string,
  options: { required?: boolean; oneOf?: readonly string[] } = {},
): string | undefined {
  const value = args.flags[name];
  if (value === undefined) {
    if (options.required) throw new UsageError(`--${name} is required`);
    return undefined;
  }
  if (value === true) throw new UsageError(`--${name} needs a value`);
  if (options.oneOf && !options.oneOf.includes(value)) {
    throw new UsageError(`--${name} must be one of ${options.oneOf.join(', ')}, got ${JSON.stringify(value)}`);
  }
  return value;
}

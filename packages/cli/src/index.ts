export { type ParsedArgs, parseArgs, stringFlag } from './args.js';
export { UsageError } from './errors.js';

export { type ParsedArgs, parseArgs, stringFlag } from './args.js';
export { UsageError } from './errors.js';
export { EntryLoadError, type LoadedEntry, loadEntry, resolveEntry } from './load-entry.js';

export { type ParsedArgs, parseArgs, stringFlag } from './args.js';
export type { DevProvider } from './dev/deliverer.js';
export { EventRefusedError } from './dev/errors.js';
export type { FireResult, Outcome } from './dev/fire-result.js';
export { type DevServer, type DevServerOptions, startDevServer } from './dev/server.js';
export { UsageError } from './errors.js';
export { EntryLoadError, type LoadedEntry, loadEntry, resolveEntry } from './load-entry.js';

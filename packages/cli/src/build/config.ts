import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BuildConfigError } from './errors.js';

/** AWS settings of one function in `faasport.config.json`. */
export interface AwsFunctionConfig {
  /** `http` definitions: an HTTP API route (default) or a Lambda Function URL. */
  readonly http?: 'http-api' | 'function-url';
  /** `http` definitions: stream the response (a Function URL with `InvokeMode: RESPONSE_STREAM`). */
  readonly streaming?: boolean;
  /** `stream` definitions: Kinesis (default) or DynamoDB Streams. */
  readonly source?: 'kinesis' | 'dynamodb';
  /** `storage` definitions: an existing bucket's EventBridge events instead of a bucket made by the template. */
  readonly existingBucket?: boolean;
  /** `event` definitions: the EventBridge event pattern. */
  readonly pattern?: Readonly<Record<string, unknown>>;
  readonly batchSize?: number;
  readonly memorySize?: number;
}

/** GCP settings of one function in `faasport.config.json`. */
export interface GcpFunctionConfig {
  /** `http` definitions: `--allow-unauthenticated`. */
  readonly public?: boolean;
  /** `queue`, `topic`, `schedule`: the Pub/Sub topic (default: the kebab-case function name). */
  readonly topic?: string;
  /** `storage`: the bucket. */
  readonly bucket?: string;
  /** `storage`: `finalized` (default), `deleted`, `archived` or `metadataUpdated`. */
  readonly storageEvent?: string;
  /** `stream`: the Firestore document path pattern (`users/{userId}`). */
  readonly document?: string;
  /** `event`: the Eventarc filters (`type` is required). */
  readonly eventFilters?: Readonly<Record<string, string>>;
  readonly memory?: string;
}

/** The settings of one function, per target. `azure` is passed to `register` as its bindings. */
export interface FunctionConfig {
  readonly aws?: AwsFunctionConfig;
  readonly gcp?: GcpFunctionConfig;
  readonly azure?: Readonly<Record<string, unknown>>;
}

/** `faasport.config.json`: per-function settings by export name. */
export interface BuildConfig {
  readonly file?: string;
  readonly functions: Readonly<Record<string, FunctionConfig>>;
}

type Check = 'string' | 'boolean' | 'number' | 'object' | readonly string[];
const AWS_KEYS: Record<string, Check> = {
  http: ['http-api', 'function-url'],
  streaming: 'boolean',
  source: ['kinesis', 'dynamodb'],
  existingBucket: 'boolean',
  pattern: 'object',
  batchSize: 'number',
  memorySize: 'number',
};
const GCP_KEYS: Record<string, Check> = {
  public: 'boolean',
  topic: 'string',
  bucket: 'string',
  storageEvent: ['finalized', 'deleted', 'archived', 'metadataUpdated'],
  document: 'string',
  eventFilters: 'object',
  memory: 'string',
};
const CONFIG_FILE = 'faasport.config.json';

/**
 * Finds `faasport.config.json` next to the entry: in the entry file's folder, then each folder up to
 * the package root (the first with a package.json).
 *
 * @example
 * findConfigFile('/app/src/index.ts') // '/app/faasport.config.json'
 */
export function findConfigFile(entryFile: string): string | undefined {
  for (let dir = dirname(entryFile); ; dir = dirname(dir)) {
    const file = join(dir, CONFIG_FILE);
    if (existsSync(file)) return file;
    if (existsSync(join(dir, 'package.json')) || dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads and checks `faasport.config.json` (none: every function gets placeholders). Every function
 * it names must be exported; every key must be known and of the right type.
 *
 * @example
 * const config = readBuildConfig('/app/src/index.ts', ['api', 'orders'])
 */
export function readBuildConfig(entryFile: string, exportNames: readonly string[]): BuildConfig {
  const file = findConfigFile(entryFile);
  if (!file) return { functions: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new BuildConfigError(file, `not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const functions = objectAt(file, raw, '(top level)').functions ?? {};
  const byName = objectAt(file, functions, 'functions');
  for (const [name, fn] of Object.entries(byName)) {
    if (!exportNames.includes(name)) {
      throw new BuildConfigError(
        file,
        `functions.${name}: the entry exports no definition named ${JSON.stringify(name)} (it exports ${exportNames.join(', ')})`,
      );
    }
    const targets = objectAt(file, fn, `functions.${name}`);
    for (const [target, settings] of Object.entries(targets)) {
      const path = `functions.${name}.${target}`;
      if (target === 'aws') checkKeys(file, path, settings, AWS_KEYS);
      else if (target === 'gcp') checkKeys(file, path, settings, GCP_KEYS);
      else if (target === 'azure') objectAt(file, settings, path);
      else throw new BuildConfigError(file, `${path}: unknown target (aws, gcp or azure)`);
    }
  }
  return { file, functions: byName as Record<string, FunctionConfig> };
}

function objectAt(file: string, value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new BuildConfigError(file, `${path} must be an object`);
  }
  return value as Record<string, unknown>;
}

function checkKeys(file: string, path: string, value: unknown, keys: Record<string, Check>): void {
  for (const [key, v] of Object.entries(objectAt(file, value, path))) {
    const check = keys[key];
    if (!check)
      throw new BuildConfigError(file, `${path}.${key}: unknown setting (known: ${Object.keys(keys).join(', ')})`);
    const ok = Array.isArray(check)
      ? check.includes(v as string)
      : check === 'object'
        ? typeof v === 'object' && v !== null && !Array.isArray(v)
        : typeof v === check;
    if (!ok) {
      const expected = Array.isArray(check)
        ? `one of ${check.join(', ')}`
        : check === 'object'
          ? 'an object'
          : `a ${check}`;
      throw new BuildConfigError(file, `${path}.${key} must be ${expected}, got ${JSON.stringify(v)}`);
    }
  }
}

import type { Context } from './context.js';
import type { TimingOptions } from './deadline.js';
import type {
  EventDefinition,
  QueueDefinition,
  ScheduleDefinition,
  StorageDefinition,
  StreamDefinition,
  TopicDefinition,
} from './triggers.js';

/** What a definition is for; adapters dispatch on it. */
export type DefinitionKind = 'http' | 'queue' | 'topic' | 'storage' | 'schedule' | 'stream' | 'event';

/** Brand that marks a value as a faasport definition. */
export const DEFINITION = Symbol.for('faasport.definition');

/** The common part of every definition. */
export interface BaseDefinition<K extends DefinitionKind = DefinitionKind> {
  readonly [DEFINITION]: true;
  readonly kind: K;
}

/** A Web-standard fetch handler. */
export type FetchHandler = (request: Request, ctx: Context) => Response | Promise<Response>;

/** Options of an `http` definition. */
export interface HttpOptions extends TimingOptions {
  /** Route prefix used by `register` on GCP/Azure and by the dev server. Default: the function name. */
  readonly route?: string;
  /** Methods the function accepts. Default: all. */
  readonly methods?: readonly string[];
  /**
   * One log line per request (method, path, status, duration): `true`, `'headers'` (adds the request
   * headers with credentials redacted) or `false`. Default: `FAASPORT_REQUEST_LOG`, else off.
   */
  readonly requestLog?: boolean | 'headers';
}

/** An HTTP function: Web `Request` in, Web `Response` out. */
export interface HttpDefinition extends BaseDefinition<'http'> {
  readonly fetch: FetchHandler;
  readonly options: HttpOptions;
}

/** Any faasport definition. */
export type Definition =
  | HttpDefinition
  | QueueDefinition
  | TopicDefinition
  | StorageDefinition
  | ScheduleDefinition
  | StreamDefinition
  | EventDefinition;

/**
 * Tells whether a value is a faasport definition (of a given kind, when given).
 *
 * @example
 * if (isDefinition(mod.api, 'http')) serve(mod.api)
 */
export function isDefinition<K extends DefinitionKind>(
  value: unknown,
  kind?: K,
): value is Extract<Definition, { kind: K }> {
  if (typeof value !== 'object' || value === null) return false;
  const def = value as Partial<BaseDefinition>;
  return def[DEFINITION] === true && (kind === undefined || def.kind === kind);
}

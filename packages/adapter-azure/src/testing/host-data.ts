import { randomUUID } from 'node:crypto';
import { format } from 'node:util';
import type { InvocationContext } from '@azure/functions';
import { azure } from '../azure-functions.js';
import type { AzureLogLine } from './invocation-context.js';

/** The host's `RpcTypedData`: how a trigger value or a metadata entry crosses to the worker. */
export interface RpcTypedData {
  readonly string?: string;
  readonly json?: string;
  readonly bytes?: Uint8Array;
  readonly int?: number;
  readonly double?: number;
  readonly collectionString?: { readonly string: readonly string[] };
  readonly collectionBytes?: { readonly bytes: readonly Uint8Array[] };
}

/** One invocation as the host sends it: the trigger binding, its input and its (PascalCase) metadata. */
export interface HostDelivery {
  /** The trigger binding as registered: `type` plus the binding options (`queueName`, `cardinality`…). */
  readonly binding: Readonly<Record<string, unknown>> & { readonly type: string };
  readonly input: RpcTypedData;
  readonly triggerMetadata: Readonly<Record<string, RpcTypedData>>;
}

/** What a trigger's handler receives: the first argument and the library's real `InvocationContext`. */
export interface AzureTriggerCall {
  readonly trigger: unknown;
  readonly context: InvocationContext;
  /** Lines logged through the context. */
  readonly logs: AzureLogLine[];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A metadata value as the host types it: strings as `string`, integers as `int`, other numbers as
 * `double`, everything else as `json`.
 *
 * @example
 * toTypedData(3) // { int: 3 }
 */
export function toTypedData(value: unknown): RpcTypedData {
  if (typeof value === 'string') return { string: value };
  if (typeof value === 'number') return Number.isInteger(value) ? { int: value } : { double: value };
  if (value instanceof Uint8Array) return { bytes: value };
  return { json: JSON.stringify(value) };
}

/**
 * A message body as the host sends it without `dataType`: text when it is UTF-8, bytes otherwise.
 *
 * @example
 * toBodyData(new TextEncoder().encode('hi')) // { string: 'hi' }
 */
export function toBodyData(body: Uint8Array): RpcTypedData {
  try {
    return { string: strictUtf8.decode(body) };
  } catch {
    return { bytes: body };
  }
}

/**
 * Bytes of a neutral body (`string` is UTF-8).
 *
 * @example
 * bytesOf('hi') // Uint8Array [104, 105]
 */
export function bytesOf(body: string | Uint8Array | undefined): Uint8Array {
  if (body === undefined) return new Uint8Array(0);
  return typeof body === 'string' ? new TextEncoder().encode(body) : body;
}

/**
 * PascalCase metadata (as the host sends it) from a record of plain values.
 *
 * @example
 * toHostMetadata({ Id: '1', DequeueCount: 1 }) // { Id: { string: '1' }, DequeueCount: { int: 1 } }
 */
export function toHostMetadata(values: Readonly<Record<string, unknown>>): Record<string, RpcTypedData> {
  const out: Record<string, RpcTypedData> = {};
  for (const [key, value] of Object.entries(values)) if (value !== undefined) out[key] = toTypedData(value);
  return out;
}

/**
 * The handler's arguments for a host delivery, converted by the rules of `@azure/functions` v4
 * (src/converters/fromRpcTypedData.ts, fromRpcTriggerMetadata.ts, toCamelCase.ts, InvocationModel.ts):
 * strings JSON-parsed when they parse, bytes as `Buffer`, metadata keys camel-cased on their first
 * letter (none for timer and HTTP triggers), timer input camel-cased; a real `InvocationContext`.
 *
 * @example
 * const { trigger, context } = toTriggerCall(storageQueueDelivery(message))
 */
export function toTriggerCall(delivery: HostDelivery, functionName = 'faasport'): AzureTriggerCall {
  const type = delivery.binding.type;
  const noMetadata = /^(timer|http)trigger$/i.test(type);
  const logs: AzureLogLine[] = [];
  let trigger = fromTypedData(delivery.input);
  if (/^timertrigger$/i.test(type)) trigger = camelCase(trigger);
  const context = new azure.InvocationContext({
    invocationId: randomUUID(),
    functionName,
    logHandler: (level, ...args) => logs.push({ level, message: format(...args) }),
    ...(!noMetadata && { triggerMetadata: toLibraryMetadata(delivery.triggerMetadata) }),
    options: { trigger: { name: `${type}Binding`, ...delivery.binding, type } },
  });
  return { trigger, context, logs };
}

function toLibraryMetadata(metadata: Readonly<Record<string, RpcTypedData>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(metadata)) out[camelKey(key)] = camelCase(fromTypedData(value));
  return out;
}

function fromTypedData(data: RpcTypedData): unknown {
  if (data.string !== undefined) return parseIfJson(data.string);
  if (data.json !== undefined) return JSON.parse(data.json);
  if (data.bytes !== undefined) return Buffer.from(data.bytes);
  if (data.int !== undefined) return data.int;
  if (data.double !== undefined) return data.double;
  if (data.collectionBytes) return data.collectionBytes.bytes.map((b) => Buffer.from(b));
  if (data.collectionString) return data.collectionString.string.map(parseIfJson);
  return undefined;
}

function parseIfJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// Like the library, this also walks a Buffer (metadata bytes become an object of indexes).
function camelCase(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(camelCase);
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[camelKey(key)] = camelCase(v);
  return out;
}

function camelKey(key: string): string {
  return key.charAt(0).toLowerCase() + key.slice(1);
}

// Shared pieces of the fuzz suite (issue 7, item 1): run settings (case budget, FUZZ_SEED), the
// case counter, hostile values, random JSON, mutations of real fixtures read in place, and the
// invariants every property checks (typed errors only, no prototype pollution).
import { FaasportError } from '@faasport/core';
import fc from 'fast-check';
import { readJson } from '../helpers/fixtures.js';

/** `FUZZ_SEED=<n>` replays a run; otherwise fast-check picks a seed and prints it on failure. */
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** `FUZZ_SCALE=<x>` multiplies every property's case count (e.g. 10 for a long local run). */
export const SCALE = process.env.FUZZ_SCALE === undefined ? 1 : Number(process.env.FUZZ_SCALE);

let cases = 0;

/** Counts one generated case (called once per predicate run). */
export function countCase(): void {
  cases += 1;
}

/** Cases generated so far in this worker. */
export function caseCount(): number {
  return cases;
}

/** fast-check parameters for a property of `numRuns` cases, bounded in time. */
export function runs(numRuns: number): fc.Parameters<unknown> {
  return {
    numRuns: Math.max(1, Math.round(numRuns * SCALE)),
    ...(SEED === undefined ? {} : { seed: SEED }),
    // A generated case that hangs fails the property instead of the whole suite.
    timeout: 5_000,
    interruptAfterTimeLimit: 120_000 * Math.max(1, SCALE),
    markInterruptAsFailure: true,
  };
}

/** The seed in use, for the summary line. */
export function seedLabel(): string {
  return SEED === undefined ? 'random (printed on failure)' : String(SEED);
}

/** What a test handler throws on purpose; a rejection carrying it is the handler's own failure. */
export class HandlerFailure extends Error {
  constructor(id: string) {
    super(`handler failed on purpose for ${id}`);
    this.name = 'HandlerFailure';
  }
}

// Messages that betray a JavaScript crash inside an adapter instead of a named problem.
const CRASH =
  /Cannot read propert|is not a function|is not iterable|Cannot convert|of undefined|of null|Maximum call stack/;
const NATIVE = /\b(TypeError|RangeError|ReferenceError|SyntaxError|InternalError)\b/;

/**
 * Throws unless `error` is a faasport error (or the test handler's own failure) whose message
 * names a problem, recursively through `cause` and `AggregateError.errors`.
 */
export function assertTypedError(error: unknown, where = 'rejection'): void {
  if (error instanceof HandlerFailure) return;
  if (!(error instanceof FaasportError)) {
    throw new Error(`${where}: expected a FaasportError, got ${describeError(error)}`, { cause: error });
  }
  if (error.message.length < 12 || CRASH.test(error.message)) {
    throw new Error(`${where}: ${error.name} does not name the problem: ${error.message}`, { cause: error });
  }
  // The cause of an error that reports failed items is each item's reason; any other typed error
  // may wrap the native error it came from (a URIError under a MalformedInputError).
  if (error.code !== 'EVENT_FAILED') return;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof AggregateError) for (const e of cause.errors) assertTypedError(e, `${where} → cause`);
  else if (cause !== undefined && !isHandlerOrSchema(cause)) assertTypedError(cause, `${where} → cause`);
}

// A cause may legitimately be something the user's code or schema threw (not produced here).
function isHandlerOrSchema(cause: unknown): boolean {
  return cause instanceof HandlerFailure || (cause instanceof SyntaxError && /JSON/.test(cause.message));
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}\n${error.stack ?? ''}`;
  return `a thrown ${typeof error}: ${String(error)}`;
}

/** Throws when a log line reports a native JavaScript error (a crash caught and logged). */
export function assertNoCrashLogged(lines: readonly string[]): void {
  for (const line of lines) {
    if (!NATIVE.test(line)) continue;
    let name: unknown;
    try {
      name = (JSON.parse(line) as { error?: { name?: unknown } }).error?.name;
    } catch {
      name = NATIVE.exec(line)?.[1];
    }
    if (typeof name === 'string' && NATIVE.test(name)) {
      throw new Error(`a native error was logged: ${line.slice(0, 2000)}`);
    }
  }
}

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype);
const PROTO_VALUES = PROTO_NAMES.map((name) => Object.getOwnPropertyDescriptor(Object.prototype, name)?.value);
const ARRAY_PROTO_COUNT = Object.getOwnPropertyNames(Array.prototype).length;

/** Throws when Object.prototype (or Array.prototype) gained or changed a property. */
export function assertNoPollution(): void {
  const names = Object.getOwnPropertyNames(Object.prototype);
  const changed =
    names.length !== PROTO_NAMES.length ||
    PROTO_NAMES.some((name, i) => Object.getOwnPropertyDescriptor(Object.prototype, name)?.value !== PROTO_VALUES[i]) ||
    Object.getOwnPropertyNames(Array.prototype).length !== ARRAY_PROTO_COUNT ||
    ({} as Record<string, unknown>).polluted !== undefined;
  if (changed) throw new Error(`Object.prototype polluted: ${names.join(', ')}`);
}

// ---- hostile values -------------------------------------------------------------------------

const HUGE = 'A'.repeat(300_000);
const HUGE_UNICODE = '\u{1F600}é\u0000'.repeat(20_000);

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** JSON text a platform may deliver: `__proto__`/`constructor` as own keys, as JSON.parse makes them. */
const POISON = () =>
  JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"a":"1"}') as unknown;
const CONVERSION_TRAP = () => JSON.parse('{"toString":1,"valueOf":"x","toJSON":2}') as unknown;

/** Strings that are not base64 (or not of UTF-8 text), and lone surrogates (invalid UTF-16 → UTF-8). */
export const BAD_BASE64 = ['%%%', 'abc', '====', 'YQ=x', 'Zm9v\u00e9', ' ', 'a', '-_-_', 'YWJj\u0000', 'YW=J'] as const;
/** Base64 of bytes that are not UTF-8 (0xff, an overlong, a truncated sequence). */
export const NOT_UTF8_BASE64 = ['/w==', 'wCg=', '4oI=', '7aCA'] as const;
const LONE_SURROGATES = ['\uD800', 'a\uDFFFb', '\uDBFF\uDBFF', 'x\uD83D'] as const;

/** Unicode strings of any plane, control characters included. */
export const unicodeString = (maxLength = 40): fc.Arbitrary<string> =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: 'grapheme', maxLength }));

/** One value that is wrong for almost any field: wrong type, huge, deep, invalid encodings, poisoned keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -0, '', '0', '-1', '1e400', '12345678901234567890'),
  fc.constantFrom<unknown>(...BAD_BASE64, ...NOT_UTF8_BASE64, ...LONE_SURROGATES),
  fc.constantFrom<unknown>('not a date', '2020-13-45T99:99:99Z', 'NaN', 'Infinity', '{', '[1,', 'null'),
  unicodeString(),
  fc.integer(),
  fc.double(),
  fc.constant(null).map(() => HUGE),
  fc.constant(null).map(() => HUGE_UNICODE),
  fc.constant(null).map(() => nested(400, 'x', true)),
  fc.constant(null).map(() => nested(400, 1, false)),
  fc.constant(null).map(() => new Array(1_000).fill(0)),
  fc.constant(null).map(POISON),
  fc.constant(null).map(CONVERSION_TRAP),
  fc.constantFrom<unknown>([], [{}], {}, [null], ['a', 'b']).map((v) => JSON.parse(JSON.stringify(v)) as unknown),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Random JSON values (what JSON.parse of any body can give), unicode strings included. */
export const randomJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }),
  fc.object({ maxDepth: 4, key: unicodeString(8), values: [hostileValue] }),
  hostileValue,
);

/** Anything JavaScript: null prototypes, bigints, dates, maps, typed arrays, sparse arrays, symbols-free. */
export const randomAnything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  stringUnit: 'binary',
});

// ---- mutations of real fixtures ---------------------------------------------------------------

type Path = readonly (string | number)[];

/** One change applied to a fixture: at the `at`-th path (modulo their count). */
export interface Mutation {
  readonly op: 'delete' | 'replace' | 'trap' | 'poison-key' | 'wrap-array' | 'stringify';
  readonly at: number;
  readonly value: unknown;
  readonly key: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<Mutation['op']>('delete', 'replace', 'replace', 'trap', 'poison-key', 'wrap-array', 'stringify'),
  at: fc.nat(),
  value: hostileValue,
  key: fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
    unicodeString(6),
  ),
});

/** 1 to 4 mutations. */
export const mutations: fc.Arbitrary<readonly Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 4 });

function pathsOf(value: unknown, path: Path, out: Path[], depth: number): void {
  out.push(path);
  if (depth > 12 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) pathsOf(value[i], [...path, i], out, depth + 1);
    return;
  }
  for (const key of Object.keys(value))
    pathsOf((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
}

function setOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function getAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

// A fresh copy of a generated value, so one case never shares (or loops through) another's objects;
// own `__proto__` keys are kept as own keys.
function cloneJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out = {};
  for (const key of Object.keys(value)) setOwn(out, key, cloneJson((value as Record<string, unknown>)[key]));
  return out;
}

/** Applies mutations to a deep copy of `fixture` (own `__proto__` keys survive, as in JSON.parse). */
export function mutate(fixture: unknown, changes: readonly Mutation[]): unknown {
  const box = { root: JSON.parse(JSON.stringify(fixture)) as unknown };
  for (const change of changes) {
    const paths: Path[] = [];
    pathsOf(box.root, ['root'], paths, 0);
    const path = paths[change.at % paths.length] as Path;
    const parent = getAt(box, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    const current = parent[key];
    switch (change.op) {
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else if (path.length > 1) delete parent[key];
        else box.root = undefined;
        break;
      case 'replace':
        setOwn(parent, key, cloneJson(change.value));
        break;
      case 'trap':
        setOwn(parent, key, CONVERSION_TRAP());
        break;
      case 'poison-key':
        if (typeof current === 'object' && current !== null && !Array.isArray(current)) {
          setOwn(current, change.key, cloneJson(change.value));
        } else setOwn(parent, key, cloneJson(change.value));
        break;
      case 'wrap-array':
        setOwn(parent, key, [current]);
        break;
      case 'stringify':
        setOwn(parent, key, JSON.stringify(current) ?? 'undefined');
        break;
    }
  }
  return box.root;
}

/** Reads corpus files once; `fc.constantFrom` over them (fresh copies are made by `mutate`). */
export function fixtures(paths: readonly string[]): unknown[] {
  return paths.map((path) => readJson(path));
}

/** Random JSON objects: what a normalizer can be handed once a detector or its caller saw an object. */
export const randomObject: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.object({ maxDepth: 4, key: unicodeString(8), values: [hostileValue, fc.jsonValue({ maxDepth: 3 })] }),
  fc.dictionary(unicodeString(8), hostileValue, { maxKeys: 6 }),
);

/** A fixture of the list, mutated. */
export function mutatedFixture(list: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.tuple(fc.constantFrom(...list), mutations).map(([fixture, changes]) => mutate(fixture, changes));
}

/** A mutated fixture that is still an object (the top level was not replaced). */
export function mutatedObject(list: readonly unknown[]): fc.Arbitrary<Record<string, unknown>> {
  return mutatedFixture(list).filter(
    (value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value),
  );
}

/**
 * Reads everything a handler could read of a normalized value (getters, `text()`, `toCloudEvent()`,
 * `json()`); `json()` may only fail with a typed error.
 */
export function exercise(value: unknown): void {
  if (typeof value !== 'object' || value === null) throw new Error(`normalized value is ${String(value)}`);
  const v = value as Record<string, unknown>;
  for (const key in v) void v[key];
  for (const key of ['body', 'data', 'attributes', 'text', 'toCloudEvent'] as const) {
    const member = v[key];
    if (typeof member === 'function') (member as () => unknown).call(v);
  }
  if (typeof v.json === 'function') {
    try {
      (v.json as () => unknown).call(v);
    } catch (error) {
      assertTypedError(error, 'json()');
    }
  }
}

/** How a test handler fails: never, on every item, or on items whose id has an odd char-code sum. */
export type FailMode = 'none' | 'some' | 'all';
export const failMode: fc.Arbitrary<FailMode> = fc.constantFrom<FailMode>('none', 'none', 'some', 'all');

/** Whether the handler fails for `id` under `mode`. */
export function shouldFail(mode: FailMode, id: string): boolean {
  if (mode === 'none') return false;
  if (mode === 'all') return true;
  let sum = 0;
  for (let i = 0; i < id.length; i++) sum += id.charCodeAt(i);
  return sum % 2 === 1;
}

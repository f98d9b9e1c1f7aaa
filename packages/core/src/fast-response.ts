// A `Response` that keeps the body it was given. Reading a WHATWG Response goes through streams
// (several µs per call); a function that answers `new Response('…')` or `Response.json(…)` should
// not pay that on every invocation. `installFastResponse()` swaps `globalThis.Response` for a
// constructor that, for the common inits (string/bytes/no body, plain init), returns a light object
// with the real `Response.prototype` in its chain; anything else, or any access the fast paths
// don't cover, builds the real Response. Public API only: the same on every Node version.

type Body = string | Uint8Array | null;

interface State {
  readonly body: Body;
  readonly status: number;
  readonly list: [string, string][];
  headers?: Headers;
  real?: Response;
  used: boolean;
}

/** The opt-out: `FAASPORT_NATIVE_RESPONSE=1` keeps the platform's `Response`. */
const NATIVE_RESPONSE_ENV = 'FAASPORT_NATIVE_RESPONSE';

const STATE = Symbol('faasport.fastResponse');
type Fast = Response & { [STATE]: State };

const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// CR/LF/NUL split headers; a char above U+00FF is no ByteString (Headers refuses it, and a platform
// writing latin1 would keep its low byte: U+010D U+010A become CR LF). The real constructor throws on these.
const BAD_VALUE = /[\r\n\0\u0100-\uffff]|^[\t ]|[\t ]$/;
const TEXT_PLAIN = 'text/plain;charset=UTF-8';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

let Native: typeof Response | undefined;
let checked = false;

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function headerList(headers: unknown): [string, string][] | undefined {
  if (headers === undefined) return [];
  if (headers instanceof Headers) return [...headers];
  if (!isPlain(headers)) return undefined;
  const list: [string, string][] = [];
  for (const name of Object.keys(headers)) {
    const value = headers[name];
    if (typeof value !== 'string' || !TOKEN.test(name) || BAD_VALUE.test(value)) return undefined;
    // Header names are case-insensitive (frameworks write `Content-Type`); two spellings of one name
    // would be combined by Headers: leave that rare case to the real constructor.
    const lower = name.toLowerCase();
    if (list.some(([n]) => n === lower)) return undefined;
    list.push([lower, value]);
  }
  return list;
}

// undefined: not a common case; the real constructor handles it (and throws what it throws).
function fastState(body: unknown, init: unknown, defaultType: string | undefined): State | undefined {
  if (!(body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array))
    return undefined;
  if (init !== undefined && !isPlain(init)) return undefined;
  const status = init?.status ?? 200;
  if (typeof status !== 'number' || !Number.isInteger(status) || status < 200 || status > 599) return undefined;
  if (init?.statusText !== undefined) return undefined;
  const b: Body = body ?? null;
  if (b !== null && NULL_BODY_STATUS.has(status)) return undefined;
  const list = headerList(init?.headers);
  if (!list) return undefined;
  if (defaultType && !list.some(([n]) => n === 'content-type')) list.push(['content-type', defaultType]);
  return { body: b, status, list, used: false };
}

function native(): typeof Response {
  return Native ?? globalThis.Response;
}

// Instances of user subclasses are real Responses that inherit our prototype: they have no state.
function materialize(self: Fast): Response {
  const s = self[STATE];
  if (!s) return self;
  if (!s.real) {
    const Real = native();
    s.real = new Real(s.used ? null : (s.body as BodyInit | null), { status: s.status, headers: headersOf(s) });
  }
  return s.real;
}

function headersOf(s: State): Headers {
  s.headers ??= new Headers(s.list);
  return s.headers;
}

function take(self: Fast): Body | undefined {
  const s = self[STATE];
  if (!s || s.real) return undefined;
  if (s.body === null) return null;
  if (s.used) throw new TypeError('Body is unusable: Body has already been read');
  s.used = true;
  return s.body;
}

function bytesOf(body: Body): Uint8Array {
  if (body === null) return new Uint8Array(0);
  return typeof body === 'string' ? encoder.encode(body) : body.slice();
}

function settle<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return Promise.resolve(fn());
  } catch (error) {
    return Promise.reject(error);
  }
}

function buildPrototype(Real: typeof Response): object {
  const proto = Object.create(Real.prototype) as object;
  for (const key of Reflect.ownKeys(Real.prototype)) {
    if (key === 'constructor' || key === Symbol.toStringTag) continue;
    const desc = Object.getOwnPropertyDescriptor(Real.prototype, key);
    const get = desc?.get;
    const method = desc?.value as ((...a: unknown[]) => unknown) | undefined;
    if (get) {
      Object.defineProperty(proto, key, {
        get(this: Fast) {
          return get.call(materialize(this));
        },
        configurable: true,
      });
    } else if (typeof method === 'function') {
      Object.defineProperty(proto, key, {
        value(this: Fast, ...args: unknown[]) {
          return method.apply(materialize(this), args);
        },
        configurable: true,
        writable: true,
      });
    }
  }
  const getters: Record<string, (this: Fast) => unknown> = {
    status() {
      return this[STATE].status;
    },
    ok() {
      const { status } = this[STATE];
      return status >= 200 && status <= 299;
    },
    statusText() {
      return this[STATE].real?.statusText ?? '';
    },
    type() {
      return 'default';
    },
    url() {
      return '';
    },
    redirected() {
      return false;
    },
    headers() {
      return this[STATE].real?.headers ?? headersOf(this[STATE]);
    },
    bodyUsed() {
      const s = this[STATE];
      return s.used || (s.real?.bodyUsed ?? false);
    },
  };
  for (const [key, fast] of Object.entries(getters)) {
    Object.defineProperty(proto, key, {
      get(this: Fast) {
        return this[STATE] ? fast.call(this) : Reflect.get(Real.prototype, key, this);
      },
      configurable: true,
    });
  }
  const original = Real.prototype as unknown as Record<string, (this: Response) => Promise<unknown>>;
  const slow = (self: Fast, key: string) =>
    (original[key] as (this: Response) => Promise<unknown>).call(materialize(self));
  const methods: Record<string, (this: Fast) => Promise<unknown>> = {
    text() {
      return settle(() => {
        const body = take(this);
        if (body === undefined) return slow(this, 'text');
        return body === null ? '' : typeof body === 'string' ? body : decoder.decode(body);
      });
    },
    json() {
      return settle(() => {
        const body = take(this);
        if (body === undefined) return slow(this, 'json');
        return JSON.parse(body === null ? '' : typeof body === 'string' ? body : decoder.decode(body));
      });
    },
    arrayBuffer() {
      return settle(() => {
        const body = take(this);
        if (body === undefined) return slow(this, 'arrayBuffer');
        const bytes = bytesOf(body);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      });
    },
    bytes() {
      return settle(() => {
        const body = take(this);
        return body === undefined
          ? slow(this, 'arrayBuffer').then((b) => new Uint8Array(b as ArrayBuffer))
          : bytesOf(body);
      });
    },
  };
  for (const [key, value] of Object.entries(methods)) {
    Object.defineProperty(proto, key, { value, configurable: true, writable: true });
  }
  return proto;
}

function createFastResponseClass(Real: typeof Response): typeof Response {
  const proto = buildPrototype(Real);
  function create(state: State): Fast {
    const self = Object.create(proto) as Fast;
    self[STATE] = state;
    return self;
  }
  function FastResponseCtor(this: unknown, body?: unknown, init?: unknown): Response {
    if (!new.target) throw new TypeError("Class constructor Response cannot be invoked without 'new'");
    // Subclasses get the real thing: their own prototype methods must work.
    if (new.target !== (FastResponse as unknown)) return Reflect.construct(Real, [body, init], new.target) as Response;
    const state = fastState(body, init, typeof body === 'string' ? TEXT_PLAIN : undefined);
    return state ? create(state) : new Real(body as BodyInit, init as ResponseInit);
  }
  const FastResponse = FastResponseCtor as unknown as typeof globalThis.Response;
  Object.defineProperty(FastResponse, 'name', { value: 'Response' });
  Object.defineProperty(FastResponse, 'prototype', { value: proto, writable: false });
  Object.defineProperty(proto, 'constructor', { value: FastResponse, configurable: true, writable: true });
  Object.defineProperty(FastResponse, Symbol.hasInstance, { value: (v: unknown) => v instanceof Real });
  Object.defineProperty(FastResponse, 'json', {
    value(data: unknown, init?: ResponseInit) {
      const text = JSON.stringify(data);
      if (text === undefined) return Real.json(data, init);
      const state = fastState(text, init, 'application/json');
      return state ? create(state) : Real.json(data, init);
    },
    writable: true,
    configurable: true,
  });
  Object.defineProperty(FastResponse, 'redirect', {
    value: Real.redirect.bind(Real),
    writable: true,
    configurable: true,
  });
  Object.defineProperty(FastResponse, 'error', { value: Real.error.bind(Real), writable: true, configurable: true });
  return FastResponse;
}

/**
 * Replaces `globalThis.Response` with the fast variant, once per process. This is the only place the
 * decision is made: `FAASPORT_NATIVE_RESPONSE=1` (read here, on the first call) keeps the platform's
 * own. Adapters call it on their HTTP path and do nothing else about it (packages/core/README.md,
 * "The fast Response").
 *
 * @example
 * installFastResponse(); const res = new Response('hi') // res instanceof Response === true
 */
export function installFastResponse(): void {
  if (checked) return;
  checked = true;
  if (process.env[NATIVE_RESPONSE_ENV] === '1') return;
  Native = globalThis.Response;
  globalThis.Response = createFastResponseClass(Native);
}

/** The parts of a response an adapter needs, when they can be had without streams. */
export interface ResponseParts {
  readonly status: number;
  readonly headers: Iterable<[string, string]>;
  readonly body: string | Uint8Array | null;
}

/**
 * Takes status, headers and body of a fast response directly (marking the body read); `undefined`
 * for a real Response, or one whose body was already read or materialized.
 *
 * @example
 * const parts = takeResponseParts(res) ?? (await readSlowly(res))
 */
export function takeResponseParts(res: Response): ResponseParts | undefined {
  const s = (res as Partial<Fast>)[STATE];
  if (!s || s.real || s.used) return undefined;
  s.used = true;
  return { status: s.status, headers: s.headers ?? s.list, body: s.body };
}

/** What an adapter knows about a request, before anything is built. */
export interface LazyRequestInit {
  readonly method: string;
  /** The full URL. */
  readonly url: string;
  /** Builds the headers on first access (WHATWG `Headers` cost several µs). */
  readonly headers: () => Headers;
  /** The body, already decoded from the platform's encoding; `null` for none. */
  readonly body: string | Uint8Array | null;
  /** Becomes `request.signal`. */
  readonly signal?: AbortSignal;
}

const STATE = Symbol('faasport.lazyRequest');

interface State {
  readonly init: LazyRequestInit;
  headers?: Headers;
  real?: Request;
  used: boolean;
}

type Lazy = Request & { [STATE]: State };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function headersOf(state: State): Headers {
  state.headers ??= state.init.headers();
  return state.headers;
}

// Builds the genuine Request for everything the fast paths below don't cover (blob, formData,
// body stream, clone…). Public API only, so it behaves the same on every Node version.
function materialize(self: Lazy): Request {
  const state = self[STATE];
  if (!state.real) {
    const { init } = state;
    const body = state.used ? null : init.body;
    const options: RequestInit & { duplex?: 'half' } = { method: init.method, headers: headersOf(state) };
    if (body !== null && body.length > 0) {
      options.body = body as BodyInit;
      options.duplex = 'half';
    }
    if (init.signal) options.signal = init.signal;
    state.real = new Request(init.url, options);
  }
  return state.real;
}

function takeBody(self: Lazy): string | Uint8Array | null | undefined {
  const state = self[STATE];
  if (state.real) return undefined;
  if (state.used) throw new TypeError('Body is unusable: Body has already been read');
  state.used = true;
  return state.init.body;
}

function toBytes(body: string | Uint8Array | null): Uint8Array {
  if (body === null) return new Uint8Array(0);
  return typeof body === 'string' ? encoder.encode(body) : body.slice();
}

function toText(body: string | Uint8Array | null): string {
  if (body === null) return '';
  return typeof body === 'string' ? body : decoder.decode(body);
}

const proto = Object.create(Request.prototype) as Record<PropertyKey, unknown>;

for (const key of Reflect.ownKeys(Request.prototype)) {
  if (key === 'constructor' || key === Symbol.toStringTag) continue;
  const desc = Object.getOwnPropertyDescriptor(Request.prototype, key);
  if (desc?.get) {
    Object.defineProperty(proto, key, {
      get(this: Lazy) {
        return Reflect.get(materialize(this), key);
      },
      configurable: true,
    });
  } else if (typeof desc?.value === 'function') {
    Object.defineProperty(proto, key, {
      value(this: Lazy, ...args: unknown[]) {
        const real = materialize(this);
        return (Reflect.get(real, key) as (...a: unknown[]) => unknown).apply(real, args);
      },
      configurable: true,
      writable: true,
    });
  }
}

const fast: Record<string, PropertyDescriptor> = {
  method: {
    get(this: Lazy) {
      return this[STATE].init.method;
    },
  },
  url: {
    get(this: Lazy) {
      return this[STATE].init.url;
    },
  },
  headers: {
    get(this: Lazy) {
      return this[STATE].real?.headers ?? headersOf(this[STATE]);
    },
  },
  signal: {
    get(this: Lazy) {
      return this[STATE].init.signal ?? materialize(this).signal;
    },
  },
  bodyUsed: {
    get(this: Lazy) {
      const state = this[STATE];
      return state.used || (state.real?.bodyUsed ?? false);
    },
  },
  text: {
    value(this: Lazy) {
      try {
        const body = takeBody(this);
        return body === undefined ? materialize(this).text() : Promise.resolve(toText(body));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  },
  json: {
    value(this: Lazy) {
      try {
        const body = takeBody(this);
        return body === undefined ? materialize(this).json() : Promise.resolve(JSON.parse(toText(body)));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  },
  arrayBuffer: {
    value(this: Lazy) {
      try {
        const body = takeBody(this);
        if (body === undefined) return materialize(this).arrayBuffer();
        const bytes = toBytes(body);
        return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  },
  bytes: {
    value(this: Lazy) {
      try {
        const body = takeBody(this);
        return body === undefined
          ? materialize(this)
              .arrayBuffer()
              .then((b) => new Uint8Array(b))
          : Promise.resolve(toBytes(body));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  },
};
for (const [key, desc] of Object.entries(fast)) {
  Object.defineProperty(proto, key, { ...desc, configurable: true, ...(desc.value ? { writable: true } : {}) });
}

/**
 * Creates a Web `Request` that builds the real one only when the handler touches something the
 * fast paths (method, url, headers, signal, text/json/arrayBuffer/bytes) don't cover. It passes
 * `instanceof Request`. One caveat, as with every lazy request: hand `request.clone()`, not the
 * request itself, to `fetch()` or `new Request()` when proxying.
 *
 * @example
 * const req = createLazyRequest({ method: 'GET', url: 'https://x/a', headers: () => new Headers(), body: null })
 */
export function createLazyRequest(init: LazyRequestInit): Request {
  const self = Object.create(proto) as Lazy;
  self[STATE] = { init, used: false };
  return self;
}

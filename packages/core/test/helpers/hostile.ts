// Values a hostile (or merely careless) handler throws or logs: each one broke JSON.stringify or a
// naive `error.message` read somewhere. Fresh objects on every call, so no test sees another's.

/** An object nested `depth` levels deep: `{ a: { a: … } }`. */
export function nested(depth: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < depth; i++) {
    const next: Record<string, unknown> = {};
    node.a = next;
    node = next;
  }
  return root;
}

/** An object that contains itself. */
export function circular(): Record<string, unknown> {
  const value: Record<string, unknown> = { name: 'loop' };
  value.self = value;
  return value;
}

/** An Error whose cause chain comes back to itself (a → b → a). */
export function loopingCause(): Error {
  const a = new Error('outer hunter2');
  const b = new Error('inner', { cause: a });
  (a as { cause?: unknown }).cause = b;
  return a;
}

/** An Error whose `message` getter throws. */
export function throwingMessage(): Error {
  const error = new Error('never read');
  Object.defineProperty(error, 'message', {
    get() {
      throw new Error('message getter exploded');
    },
  });
  return error;
}

/** An object with a getter that throws. */
export function throwingGetter(): Record<string, unknown> {
  return Object.defineProperty({ ok: 1 }, 'bad', {
    enumerable: true,
    get() {
      throw new Error('getter exploded');
    },
  });
}

/** An object whose toJSON throws. */
export function throwingToJson(): Record<string, unknown> {
  return {
    ok: 1,
    toJSON() {
      throw new Error('toJSON exploded');
    },
  };
}

/** A revoked proxy: every trap throws, even `instanceof`. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Every hostile value by name, fresh, including primitives JSON cannot write. */
export function hostileValues(): [name: string, value: unknown][] {
  return [
    ['circular object', circular()],
    ['Error with a looping cause chain', loopingCause()],
    ['BigInt', 12345678901234567890n],
    ['object holding a BigInt', { n: 1n }],
    ['throwing getter', throwingGetter()],
    ['throwing toJSON', throwingToJson()],
    ['nested 5,000 deep', nested(5000)],
    ['Error whose message getter throws', throwingMessage()],
    ['symbol', Symbol('hostile')],
    ['object holding a symbol', { s: Symbol('inside') }],
    ['undefined', undefined],
    ['null', null],
    ['42', 42],
    ['function', function named() {}],
    ['revoked proxy', revokedProxy()],
  ];
}

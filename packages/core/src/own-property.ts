/**
 * Sets an own, enumerable property even when the name is `__proto__`, which plain assignment would
 * turn into a prototype change. For keys that come from the wire (attribute names, document fields,
 * trigger metadata), so they stay plain data.
 *
 * @example
 * setOwn(out, '__proto__', 1) // Object.keys(out) includes '__proto__'; the prototype is untouched
 */
export function setOwn<V>(target: Record<string, V>, key: string, value: V): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

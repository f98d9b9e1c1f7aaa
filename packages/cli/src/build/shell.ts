const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes a value for a POSIX shell command line (single quotes; none needed when it is plain).
 *
 * @example
 * shellQuote("it's") // `'it'\''s'`
 */
export function shellQuote(value: string): string {
  return SAFE.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

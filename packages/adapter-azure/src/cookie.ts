import type { Cookie } from '@azure/functions';
import { ResponseError } from '@faasport/core';

const SAME_SITE: Record<string, Cookie['sameSite']> = { strict: 'Strict', lax: 'Lax', none: 'None' };
const MAX_AGE = /^-?\d+$/;
// CR, LF, NUL and the other controls: a decoded `%0D%0A` must not reach the host as a line break.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A parsed `Set-Cookie` header: the cookie, plus attributes Azure's `Cookie` type has no field for. */
export interface ParsedSetCookie {
  readonly cookie: Cookie;
  /** e.g. `['Partitioned']`; the caller decides how to report them. */
  readonly unsupported: readonly string[];
}

/**
 * Parses one `Set-Cookie` header value (RFC 6265 §5.2) into the `Cookie` object `@azure/functions`
 * carries to the host. The value is unquoted and percent-decoded because the host percent-encodes
 * cookie values itself (ASP.NET Core `Uri.EscapeDataString`), which would otherwise encode twice:
 * https://github.com/Azure/static-web-apps/issues/1140 ,
 * https://github.com/Azure/azure-functions-python-worker/issues/1794
 *
 * @example
 * parseSetCookie('sid=abc; Path=/; HttpOnly').cookie // { name: 'sid', value: 'abc', path: '/', httpOnly: true }
 */
export function parseSetCookie(header: string): ParsedSetCookie {
  const semi = header.indexOf(';');
  const pair = semi === -1 ? header : header.slice(0, semi);
  const eq = pair.indexOf('=');
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  if (name === '') {
    throw new ResponseError(`Set-Cookie header has no name=value pair: ${JSON.stringify(header.slice(0, 80))}`);
  }
  const cookie: Cookie = { name, value: decodeValue(pair.slice(eq + 1).trim()) };
  const unsupported: string[] = [];
  if (semi !== -1) {
    for (const attr of header.slice(semi + 1).split(';')) applyAttribute(cookie, attr, unsupported);
  }
  return { cookie, unsupported };
}

function decodeValue(raw: string): string {
  const unquoted = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (!unquoted.includes('%')) return unquoted;
  let decoded: string;
  try {
    decoded = decodeURIComponent(unquoted);
  } catch {
    // Not percent-encoding after all (a lone `%`): the literal value is what the app meant.
    return unquoted;
  }
  if (CONTROL.test(decoded)) {
    throw new ResponseError(
      `Set-Cookie value decodes to a control character (CR/LF/NUL…): ${JSON.stringify(raw.slice(0, 80))}`,
    );
  }
  return decoded;
}

// Invalid attribute values are ignored, as RFC 6265 §5.2 tells user agents to do.
function applyAttribute(cookie: Cookie, attr: string, unsupported: string[]): void {
  const eq = attr.indexOf('=');
  const key = (eq === -1 ? attr : attr.slice(0, eq)).trim();
  const value = eq === -1 ? '' : attr.slice(eq + 1).trim();
  switch (key.toLowerCase()) {
    case 'expires': {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) cookie.expires = new Date(time);
      return;
    }
    case 'max-age':
      if (MAX_AGE.test(value)) cookie.maxAge = Number(value);
      return;
    case 'domain':
      if (value !== '') cookie.domain = value;
      return;
    case 'path':
      if (value.startsWith('/')) cookie.path = value;
      return;
    case 'secure':
      cookie.secure = true;
      return;
    case 'httponly':
      cookie.httpOnly = true;
      return;
    case 'samesite': {
      const sameSite = SAME_SITE[value.toLowerCase()];
      if (sameSite) cookie.sameSite = sameSite;
      return;
    }
    case '':
      return;
    default:
      unsupported.push(key);
  }
}

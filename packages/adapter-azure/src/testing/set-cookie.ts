import type { Cookie } from '@azure/functions';

// RFC 3986 unreserved characters stay; everything else is escaped, as .NET's Uri.EscapeDataString does.
const ESCAPE_EXTRA = /[!'()*]/g;

function escapeDataString(value: string): string {
  return encodeURIComponent(value).replace(ESCAPE_EXTRA, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * Serializes a cookie the way the Functions host writes it (ASP.NET Core `Response.Cookies.Append`:
 * the value percent-encoded, lower-case attribute names, `path=/` by default).
 * https://github.com/Azure/static-web-apps/issues/1140 shows the host's output.
 *
 * @example
 * toSetCookieHeader({ name: 'sid', value: 'a b', httpOnly: true }) // 'sid=a%20b; path=/; httponly'
 */
export function toSetCookieHeader(cookie: Cookie): string {
  const parts = [`${cookie.name}=${escapeDataString(cookie.value)}`];
  if (cookie.expires !== undefined) parts.push(`expires=${new Date(cookie.expires).toUTCString()}`);
  if (cookie.maxAge !== undefined) parts.push(`max-age=${cookie.maxAge}`);
  if (cookie.domain !== undefined) parts.push(`domain=${cookie.domain}`);
  parts.push(`path=${cookie.path ?? '/'}`);
  if (cookie.secure) parts.push('secure');
  if (cookie.sameSite) parts.push(`samesite=${cookie.sameSite.toLowerCase()}`);
  if (cookie.httpOnly) parts.push('httponly');
  return parts.join('; ');
}

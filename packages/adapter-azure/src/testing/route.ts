/** Route parameters a matched request carries (the host sends them as `params`). */
export type RouteParams = Record<string, string>;

/** Matches a URL path against a host route; `undefined` when the host would not route it here. */
export type RouteMatcher = (pathname: string) => RouteParams | undefined;

type Segment =
  | { kind: 'literal'; text: string }
  | { kind: 'param'; name: string; optional: boolean }
  | { kind: 'rest'; name: string };

const PARAM = /^\{(\*?)([A-Za-z_][A-Za-z0-9_]*)(?::[^}?]*)?(\??)\}$/;

/**
 * Compiles `<routePrefix>/<route template>` the way the host's ASP.NET Core routing reads it:
 * literals match case-insensitively, `{name}` one segment, `{name?}` an optional one, `{*name}`
 * the rest (possibly empty). Constraints (`{id:int}`) are accepted and not checked.
 * https://learn.microsoft.com/aspnet/core/fundamentals/routing#route-templates
 *
 * @example
 * compileRoute('api', 'orders/{*path}')('/api/orders/1/items') // { path: '1/items' }
 */
export function compileRoute(routePrefix: string, template: string): RouteMatcher {
  const segments = [...split(routePrefix), ...split(template)].map(toSegment);
  return (pathname) => match(segments, split(pathname));
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function toSegment(text: string): Segment {
  const m = PARAM.exec(text);
  if (!m) return { kind: 'literal', text: text.toLowerCase() };
  const name = m[2] as string;
  return m[1] === '*' ? { kind: 'rest', name } : { kind: 'param', name, optional: m[3] === '?' };
}

function match(segments: Segment[], parts: string[]): RouteParams | undefined {
  const params: RouteParams = {};
  for (const [i, segment] of segments.entries()) {
    const part = parts[i];
    if (segment.kind === 'rest') {
      params[segment.name] = parts.slice(i).map(safeDecode).join('/');
      return params;
    }
    if (part === undefined) {
      if (segment.kind === 'param' && segment.optional) continue;
      return undefined;
    }
    if (segment.kind === 'literal' && safeDecode(part).toLowerCase() !== segment.text) return undefined;
    if (segment.kind === 'param') params[segment.name] = safeDecode(part);
  }
  return parts.length <= segments.length ? params : undefined;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

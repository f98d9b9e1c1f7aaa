import type { Definition, HttpDefinition } from '@faasport/core';

/** An HTTP definition mounted at a path prefix ('' for the root). */
export interface HttpRoute {
  readonly name: string;
  readonly def: HttpDefinition;
  readonly prefix: string;
}

/**
 * Where each HTTP definition is served: `/<route or export name>`, or the root when it is the only one.
 * Longest prefix first, so `/api/admin` wins over `/api`.
 *
 * @example
 * httpRoutes(new Map([['hello', hello]])) // [{ name: 'hello', def: hello, prefix: '' }]
 */
export function httpRoutes(definitions: ReadonlyMap<string, Definition>): HttpRoute[] {
  const http = [...definitions].filter((e): e is [string, HttpDefinition] => e[1].kind === 'http');
  if (http.length === 1) {
    const [name, def] = http[0] as [string, HttpDefinition];
    return [{ name, def, prefix: '' }];
  }
  return http
    .map(([name, def]) => ({ name, def, prefix: `/${(def.options.route ?? name).replace(/^\/+|\/+$/g, '')}` }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
}

/**
 * The route a path belongs to and the path the function sees (the prefix taken off, as a function of
 * its own sees it at a Function URL or Cloud Run URL).
 *
 * @example
 * matchRoute(routes, '/hello/x') // { route: { name: 'hello', … }, path: '/x' }
 */
export function matchRoute(
  routes: readonly HttpRoute[],
  pathname: string,
): { route: HttpRoute; path: string } | undefined {
  for (const route of routes) {
    if (route.prefix === '') return { route, path: pathname };
    if (pathname === route.prefix || pathname.startsWith(`${route.prefix}/`)) {
      return { route, path: pathname.slice(route.prefix.length) || '/' };
    }
  }
  return undefined;
}

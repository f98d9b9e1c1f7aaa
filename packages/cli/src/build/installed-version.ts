import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The version range of `pkg` as installed for `fromDir` (`^<installed version>`), read from the first
 * `node_modules/<pkg>/package.json` up the tree (some packages do not export their package.json),
 * else `fallback`.
 *
 * @example
 * installedRange('@azure/functions', '/app/src', '^4.5.0') // '^4.16.5'
 */
export function installedRange(pkg: string, fromDir: string, fallback: string): string {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', pkg, 'package.json');
    if (existsSync(file)) {
      const version = (JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown }).version;
      return typeof version === 'string' ? `^${version}` : fallback;
    }
    if (dirname(dir) === dir) return fallback;
  }
}

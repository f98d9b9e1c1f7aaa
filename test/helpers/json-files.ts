import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The `.json` files of every folder under `base` whose name starts with `prefix`, sorted: the walk both fixture sets
 * share (the project's own in fixtures.ts, the shared corpus in test/corpus/corpus-files.ts).
 *
 * @example
 * listJsonUnder('test/fixtures/aws', 'queue-')
 */
export function listJsonUnder(base: string, prefix: string): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(base, { withFileTypes: true })) {
    if (!dir.isDirectory() || !dir.name.startsWith(prefix)) continue;
    for (const file of readdirSync(join(base, dir.name))) {
      if (file.endsWith('.json')) out.push(join(base, dir.name, file));
    }
  }
  return out.sort();
}

// Bundle sizes for AWS, built like a deployment from the published packages (each package's `dist`):
// examples/hello (faasport + its Hono app) and a bare `toLambda(http(() => new Response('hi')))`.
import { fileURLToPath } from 'node:url';
import { type Size, sizeOf } from './cold-start.js';
import { bundleEntry } from './isolated.js';

/** Target: examples/hello's AWS bundle at most 8 KiB gzip. */
export const HELLO_GZIP_TARGET = 8 * 1024;

export interface BundleSizes {
  /** examples/hello/aws.ts. */
  readonly hello: Size;
  /** bench/entries/aws-bare.ts: the adapter and core alone. */
  readonly bare: Size;
}

const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

export async function awsBundleSizes(): Promise<BundleSizes> {
  const hello = sizeOf(await bundleEntry(at('../examples/hello/aws.ts'), 'examples-hello-aws'));
  const bare = sizeOf(await bundleEntry(at('./entries/aws-bare.ts'), 'aws-bare'));
  return { hello, bare };
}

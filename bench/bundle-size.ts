// Bundle size of examples/hello for AWS (faasport + its Hono app), built like a deployment.
import { fileURLToPath } from 'node:url';
import { type Size, sizeOf } from './cold-start.js';
import { bundleEntry } from './isolated.js';

/** Target: examples/hello's AWS bundle at most 8 KiB gzip. */
export const HELLO_GZIP_TARGET = 8 * 1024;

export async function helloAwsSize(): Promise<Size> {
  const entry = fileURLToPath(new URL('../examples/hello/aws.ts', import.meta.url));
  return sizeOf(await bundleEntry(entry, 'examples-hello-aws'));
}

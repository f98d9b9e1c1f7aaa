#!/usr/bin/env node
// The `faasport` bin. The published package runs its build (../dist/cli.js). A source checkout
// before `npm run build` has no dist/, so it runs the TypeScript sources through tsx, with the
// repository's tsconfig.json whose `paths` send every @faasport/* import to its src/.
// Both run in this process: stdio, signals and the exit code are the CLI's own.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
const source = new URL('../src/cli.ts', import.meta.url);
const tsconfig = new URL('../../../tsconfig.json', import.meta.url);

async function sourceRunner() {
  if (!existsSync(source) || !existsSync(tsconfig)) return undefined;
  try {
    return await import('tsx/esm/api');
  } catch {
    return undefined;
  }
}

if (existsSync(built)) {
  await import(built.href);
} else {
  const tsx = await sourceRunner();
  if (tsx) {
    tsx.register({ tsconfig: fileURLToPath(tsconfig) });
    await import(source.href);
  } else {
    process.stderr.write('faasport: the CLI is not built (no dist/cli.js); run `npm run build` first\n');
    process.exitCode = 1;
  }
}

// Every command line the README and docs show, run as written on a fresh clone's layout: the tracked
// files only (no dist/, nothing beside the clone), node_modules as `npm install` makes it (see
// helpers/fresh-clone.ts). What is skipped, and why, is the SKIP list in helpers/doc-commands.ts:
// cloud CLIs (aws, sam, gcloud, az, func, kn, kubectl, curl to a deployed URL, the deploy script),
// `npm install` (the layout is its result; no network here), `npm test` (the CI itself) and
// `npm run bench` (minutes long). A `cd` is followed: its folder must exist at that point.
// The clone is of HEAD, as `git clone` gives it: commit a documentation change to test it.
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DocCommand, documentedCommands, planFor, withoutComment } from './helpers/doc-commands.js';
import { type FreshClone, freshClone } from './helpers/fresh-clone.js';
import { startLine, userEnv } from './helpers/shell-line.js';

// FAASPORT_FRESH_REF=<commit> runs the documentation of another commit (to see what it broke).
const clone: FreshClone = freshClone(process.env.FAASPORT_FRESH_REF ?? 'HEAD');
const commands = documentedCommands(clone.root);
const RUN_MS = 120_000;
afterAll(() => clone.remove());

/** Where the reader of each document stands: a `cd` moves it for the rest of that document. */
const cwdOf = new Map<string, string>();

function failure(command: DocCommand, what: string, out: { stdout: string; stderr: string }): string {
  return `${command.doc}:${command.line} \`${command.command}\` ${what}\nstdout:\n${out.stdout}\nstderr:\n${out.stderr}`;
}

async function runServer(command: DocCommand, cwd: string): Promise<void> {
  const env = userEnv(clone.root, command.command.startsWith('faasport'));
  const server = startLine(command.command, { cwd, env, timeoutMs: RUN_MS });
  try {
    // The dev server's banner: `faasport dev: serving N function(s) at <url> through <provider>`, then each HTTP URL.
    const [, url] = await server.waitFor(/^\s+http\s+\S+\s+(http:\/\/127\.0\.0\.1:\d+\/\S*)$/m, 60_000);
    const res = await fetch(`${url}?name=fresh-clone`);
    expect(res.status, failure(command, `answered ${res.status} at ${url}`, server.output())).toBe(200);
    await res.arrayBuffer();
    // The dev server logs the call it just answered.
    await server.waitFor(/ GET \/\?name=fresh-clone → 200 \[/, 10_000);
  } finally {
    const result = await server.stop();
    expect(result.timedOut, failure(command, 'outlived its time bound', result)).toBe(false);
  }
}

async function runToEnd(command: DocCommand, cwd: string): Promise<void> {
  const env = userEnv(clone.root, command.command.startsWith('faasport'));
  const result = await startLine(command.command, { cwd, env, timeoutMs: RUN_MS }).done;
  expect(result.code, failure(command, `exited ${result.code ?? result.signal}`, result)).toBe(0);
}

describe('the documented command lines', () => {
  it('are found, and each one is run or skipped for a named reason', () => {
    const unclassified = commands.filter((c) => planFor(c.command) === undefined);
    expect(unclassified, 'add each to RUN or SKIP in test/helpers/doc-commands.ts').toEqual([]);
    const run = commands
      .filter((c) => planFor(c.command)?.action === 'run')
      .map((c) => `${c.doc}: ${withoutComment(c.command)}`);
    expect(run).toContain('README.md: npm start');
    expect(run).toContain('docs/deploy-gcp.md: npx faasport build examples/hello/src/app.ts --target gcp');
    expect(run.filter((c) => c.startsWith('packages/cli/README.md: npx faasport invoke')).length).toBeGreaterThan(1);
  });

  it('run on a layout with no build and nothing beside the clone', () => {
    expect(existsSync(join(clone.root, 'packages', 'cli', 'dist'))).toBe(false);
    expect(existsSync(join(clone.root, '..', 'shared'))).toBe(false);
  });
});

const docsToRun = [...new Set(commands.filter((c) => planFor(c.command)?.action !== 'skip').map((c) => c.doc))];

describe.each(docsToRun)('%s, as written', (doc) => {
  const lines = commands.filter((c) => c.doc === doc && planFor(c.command)?.action !== 'skip');
  it.each(lines.map((c) => [`${c.line}: ${c.command}`, c] as const))(
    '%s',
    async (_name, command) => {
      const cwd = cwdOf.get(doc) ?? clone.root;
      const plan = planFor(command.command);
      if (plan?.action === 'cd') {
        const next = resolve(cwd, plan.dir);
        expect(existsSync(next), `${doc}:${command.line} cd ${plan.dir}: no ${relative(clone.root, next)}`).toBe(true);
        cwdOf.set(doc, next);
      } else if (plan?.action === 'run' && plan.longRunning) {
        await runServer(command, cwd);
      } else {
        await runToEnd(command, cwd);
      }
    },
    RUN_MS + 15_000,
  );
});

// The command lines the documentation shows: every line of a fenced sh/bash/shell/console block in
// README.md, packages/*/README.md, examples/*/README.md and docs/*.md, continuations joined, `$ `
// prompts and comment-only lines dropped, each classified as one a test runs or one it skips and why.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One command line of a document, in the order the document shows it. */
export interface DocCommand {
  /** The document, relative to the repository root. */
  readonly doc: string;
  /** 1-based line of the document where the command starts. */
  readonly line: number;
  readonly command: string;
}

const SHELL_BLOCK = /^(sh|bash|shell|console)\b/;

function commandsOf(doc: string, text: string): DocCommand[] {
  const commands: DocCommand[] = [];
  let fence: string | undefined;
  let pending: { line: number; command: string } | undefined;
  text.split('\n').forEach((raw, index) => {
    const fenceMatch = /^```(.*)$/.exec(raw.trim());
    if (fenceMatch) {
      fence = fence === undefined ? (fenceMatch[1] ?? '').trim() : undefined;
      return;
    }
    if (fence === undefined || !SHELL_BLOCK.test(fence)) return;
    const text = pending ? raw.trim() : raw.trim().replace(/^\$ /, '');
    const joined = pending ? `${pending.command} ${text}` : text;
    const line = pending?.line ?? index + 1;
    if (joined.endsWith('\\')) {
      pending = { line, command: joined.slice(0, -1).trimEnd() };
      return;
    }
    pending = undefined;
    if (joined !== '' && !joined.startsWith('#')) commands.push({ doc, line, command: joined });
  });
  return commands;
}

function docsIn(root: string): string[] {
  const inFolders = (parent: string, file: string) =>
    readdirSync(join(root, parent))
      .map((name) => `${parent}/${name}/${file}`)
      .filter((path) => existsSync(join(root, path)));
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`);
  return ['README.md', ...inFolders('packages', 'README.md'), ...inFolders('examples', 'README.md'), ...docs.sort()];
}

/**
 * Every shell command line the documentation under `root` shows.
 *
 * @example
 * documentedCommands(repoRoot).find((c) => c.command === 'npm start') // { doc: 'README.md', line: 55, … }
 */
export function documentedCommands(root: string): DocCommand[] {
  return docsIn(root).flatMap((doc) => commandsOf(doc, readFileSync(join(root, doc), 'utf8')));
}

/** What the test does with a command line. */
export type Plan =
  | { readonly action: 'run'; readonly longRunning: boolean }
  | { readonly action: 'cd'; readonly dir: string }
  | { readonly action: 'skip'; readonly reason: string };

// Lines run as written: the project's own commands and local tools that need no account or network.
const RUN = [
  /^npx faasport\b/,
  /^faasport\b/,
  /^npm start$/,
  /^npm run (?!bench\b)[\w:-]+/,
  /^node\b/,
  /^npx esbuild\b/,
];

// Lines not run, by what they start with (after any `cd <dir> &&`), and why.
const SKIP: readonly (readonly [RegExp, string])[] = [
  [/^npm install\b/, 'installs from the registry: the fresh layout is what it produces, without the network'],
  [/^npm test$/, 'the CI itself (.ci/run runs it on a clean clone); minutes long'],
  [/^npm run bench\b/, 'minutes long; .ci/run runs `npm run bench -- --quick`'],
  [
    /^npm run test:corpus\b/,
    'reads the shared corpus beside the repo, which a fresh clone has not got; .ci/run runs it there',
  ],
  [/^(aws|sam)\b/, 'AWS CLI / SAM CLI: needs an AWS account'],
  [/^gcloud\b/, 'Google Cloud CLI: needs a Google Cloud project'],
  [/^(az|func)\b/, 'Azure CLI / Azure Functions Core Tools: need an Azure subscription'],
  [/^(kn|kubectl)\b/, 'Knative / Kubernetes CLIs: need a cluster'],
  [/^curl\b/, 'calls a deployed function URL'],
  [/^zip\b/, 'packs the upload for the aws CLI command that follows'],
  [
    /^(\w+=\S+ )*\.\/deploy\.sh\b/,
    'the generated deploy script runs gcloud (its own test is packages/cli/test/build/gcp-deploy.test.ts)',
  ],
  [/^\w+=\$\(gcloud\b/, 'reads a deployed function URL with gcloud'],
];

/**
 * The command without its trailing `# comment` (the reader's, not the shell's).
 *
 * @example
 * withoutComment('npm start   # serves examples/hello') // 'npm start'
 */
export function withoutComment(command: string): string {
  return command.replace(/\s+#\s.*$/, '');
}

/**
 * How the test treats a command line: run it (long-running ones are servers), follow a `cd`, or skip
 * it for the reason given; `undefined` when no rule covers it (the test fails and asks for one).
 *
 * @example
 * planFor('npm start') // { action: 'run', longRunning: true }
 */
export function planFor(command: string): Plan | undefined {
  const cd = /^cd (\S+)$/.exec(withoutComment(command));
  if (cd?.[1]) return { action: 'cd', dir: cd[1] };
  const rest = withoutComment(command).replace(/^cd \S+ && /, '');
  const skip = SKIP.find(([pattern]) => pattern.test(rest));
  if (skip) return { action: 'skip', reason: skip[1] };
  if (RUN.some((pattern) => pattern.test(rest))) {
    const server = /^npm start$/.test(rest) || (/\bfaasport dev\b/.test(rest) && !/--once\b/.test(rest));
    return { action: 'run', longRunning: server };
  }
  return undefined;
}

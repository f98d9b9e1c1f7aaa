// A fresh clone's layout without the network: this checkout's HEAD (commit to test a change) in an
// empty temp folder (no dist/, nothing beside it), and the node_modules `npm install` would make there —
// links to this checkout's installed packages, the workspaces linked to the copy, and the workspaces'
// bins linked in node_modules/.bin (only when the bin's target exists, as npm does).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './fixtures.js';

/** A fresh clone's layout on disk; `remove()` deletes it. */
export interface FreshClone {
  /** The copy's root (its parent folder holds nothing else). */
  readonly root: string;
  /** The workspaces' package names, by folder relative to the root. */
  readonly workspaces: ReadonlyMap<string, string>;
  remove(): void;
}

function checkOut(ref: string, to: string): void {
  // What `git clone` checks out: the committed tree (with its executable bits), not this work tree,
  // where other edits may be half done.
  mkdirSync(to, { recursive: true });
  const tree = execFileSync('git', ['archive', '--format=tar', ref], { cwd: repoRoot, maxBuffer: 1 << 30 });
  execFileSync('tar', ['-x', '-C', to], { input: tree });
}

function readWorkspaces(root: string): Map<string, string> {
  const patterns = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] })
    .workspaces;
  const folders = patterns.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? readdirSync(join(root, pattern.slice(0, -2))).map((name) => `${pattern.slice(0, -2)}/${name}`)
      : [pattern],
  );
  const workspaces = new Map<string, string>();
  for (const folder of folders) {
    const manifest = join(root, folder, 'package.json');
    if (existsSync(manifest))
      workspaces.set(folder, (JSON.parse(readFileSync(manifest, 'utf8')) as { name: string }).name);
  }
  return workspaces;
}

function linkInstalledPackages(root: string, workspaceNames: ReadonlySet<string>): void {
  const from = join(repoRoot, 'node_modules');
  const to = join(root, 'node_modules');
  mkdirSync(join(to, '.bin'), { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry === '.bin') continue;
    if (entry.startsWith('@')) {
      mkdirSync(join(to, entry), { recursive: true });
      for (const name of readdirSync(join(from, entry))) {
        if (!workspaceNames.has(`${entry}/${name}`)) symlinkSync(join(from, entry, name), join(to, entry, name));
      }
    } else if (!workspaceNames.has(entry)) {
      symlinkSync(join(from, entry), join(to, entry));
    }
  }
  // The installed tools' bins (tsx, vitest, esbuild, …), not the workspaces' (linked below from the copy).
  const bins = join(from, '.bin');
  for (const name of readdirSync(bins)) {
    if (name !== 'faasport') symlinkSync(join(bins, name), join(to, '.bin', name));
  }
}

function linkWorkspaces(root: string, workspaces: ReadonlyMap<string, string>): void {
  for (const [folder, name] of workspaces) {
    const link = join(root, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(relative(dirname(link), join(root, folder)), link);
    const { bin } = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8')) as {
      bin?: Record<string, string>;
    };
    for (const [command, target] of Object.entries(bin ?? {})) {
      const file = join(root, folder, target);
      if (existsSync(file))
        symlinkSync(relative(join(root, 'node_modules', '.bin'), file), join(root, 'node_modules', '.bin', command));
    }
  }
}

/**
 * Lays out a fresh clone of this checkout at `ref` in a new temp folder.
 *
 * @example
 * const clone = freshClone();
 * try { execFileSync('npx', ['faasport', '--help'], { cwd: clone.root }) } finally { clone.remove() }
 */
export function freshClone(ref = 'HEAD'): FreshClone {
  const parent = mkdtempSync(join(tmpdir(), 'faasport-fresh-'));
  const root = join(parent, 'faasport');
  checkOut(ref, root);
  const workspaces = readWorkspaces(root);
  linkInstalledPackages(root, new Set(workspaces.values()));
  linkWorkspaces(root, workspaces);
  return { root, workspaces, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

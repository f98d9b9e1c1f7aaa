// docs/reliability.md must list every typed error, agree with the event suite's settle rules and
// carry the capability model's limits (issue 7, item 8).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { capabilities as aws } from '@faasport/adapter-aws/capabilities';
import { capabilities as azure } from '@faasport/adapter-azure/capabilities';
import { capabilities as gcp } from '@faasport/adapter-gcp/capabilities';
import { type Capabilities, type Limit, limitsOf } from '@faasport/core/capabilities';
import { describe, expect, it } from 'vitest';
import { SETTLE_RULES } from './conformance/event-settle.js';
import { repoRoot } from './helpers/fixtures.js';

const doc = readFileSync(join(repoRoot, 'docs', 'reliability.md'), 'utf8');

/** The text of one `## heading` section. */
function section(title: string): string {
  const start = doc.indexOf(`\n## ${title}\n`);
  if (start === -1) throw new Error(`docs/reliability.md has no "## ${title}" section`);
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** Table rows of a section whose first cell is `code`: first cell → the other cells. */
function rows(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    const m = /^\| `([^`]+)` \|(.*)\|\s*$/.exec(line);
    if (!m) continue;
    const key = m[1] as string;
    if (out.has(key)) throw new Error(`docs/reliability.md lists ${key} twice`);
    out.set(
      key,
      (m[2] as string).split(' | ').map((c) => c.trim()),
    );
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** Every class in the packages' sources that extends FaasportError, directly or through another. */
function typedErrorClasses(): Set<string> {
  const parents = new Map<string, string>();
  for (const pkg of readdirSync(join(repoRoot, 'packages'))) {
    for (const file of sourceFiles(join(repoRoot, 'packages', pkg, 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bclass\s+(\w+)\s+extends\s+(\w+)/g)) {
        parents.set(m[1] as string, m[2] as string);
      }
    }
  }
  const typed = new Set<string>(['FaasportError']);
  for (let changed = true, rounds = 0; changed && rounds < 20; rounds++) {
    changed = false;
    for (const [child, parent] of parents) {
      if (typed.has(parent) && !typed.has(child)) {
        typed.add(child);
        changed = true;
      }
    }
  }
  return typed;
}

function shown(limit: Limit): string {
  const value = typeof limit.value === 'number' ? `${limit.value} ${limit.unit}` : limit.value;
  return limit.label ? `${value} (${limit.label})` : value;
}

describe('docs/reliability.md', () => {
  it('lists every typed error class (and none that does not exist)', () => {
    const classes = typedErrorClasses();
    expect(classes.size).toBeGreaterThan(10);
    const listed = new Set(rows(section('Typed errors')).keys());
    expect([...classes].filter((c) => !listed.has(c)).sort()).toEqual([]);
    expect([...listed].filter((c) => !classes.has(c)).sort()).toEqual([]);
  });

  it('has the settle rule of every source the event suite runs, and no other', () => {
    const table = rows(section('Delivery: per trigger kind and provider'));
    const documented = Object.fromEntries([...table].map(([source, cells]) => [source, cells[1]]));
    expect(documented).toEqual({ ...SETTLE_RULES });
  });

  it.each([aws, gcp, azure] as Capabilities[])('has every limit of the $provider capability model', (caps) => {
    const table = rows(section('Limits'));
    for (const [path, limit] of limitsOf(caps)) {
      const key = `${caps.provider}.${path}`;
      expect(table.get(key), key).toEqual([shown(limit), limit.url]);
    }
    const own = [...table.keys()].filter((k) => k.startsWith(`${caps.provider}.`));
    expect(own).toHaveLength(limitsOf(caps).length);
  });
});

// The core speaks one neutral type: no provider package, type or global may appear in packages/core/src.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/fixtures.js';

const coreSrc = join(repoRoot, 'packages/core/src');
const PROVIDER_IMPORT =
  /from\s+['"](?:@azure\/functions|@azure\/functions-core|@google-cloud\/functions-framework|aws-lambda|@types\/aws-lambda|@aws-sdk\/[^'"]+|@faasport\/adapter-[^'"]+)['"]/;

describe('packages/core/src', () => {
  const files = readdirSync(coreSrc, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it('has source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s imports no provider package', (file) => {
    const text = readFileSync(join(coreSrc, file), 'utf8');
    expect(text).not.toMatch(PROVIDER_IMPORT);
    expect(text).not.toMatch(/\bawslambda\b/);
  });
});

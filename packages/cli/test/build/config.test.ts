import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfigFile, readBuildConfig } from '../../src/build/config.js';
import { BuildConfigError } from '../../src/build/errors.js';
import { fixture, freshOutDir } from './helpers.js';

function project(config: string | undefined): string {
  const dir = freshOutDir('config');
  writeFileSync(join(dir, 'package.json'), '{}');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.ts'), '');
  if (config !== undefined) writeFileSync(join(dir, 'faasport.config.json'), config);
  return join(dir, 'src', 'index.ts');
}

describe('findConfigFile / readBuildConfig', () => {
  it('finds the file next to the entry or up to the package root', () => {
    expect(findConfigFile(fixture('configured/index.ts'))).toBe(fixture('configured/faasport.config.json'));
    const entry = project('{"functions":{}}');
    expect(findConfigFile(entry)).toBe(join(entry, '..', '..', 'faasport.config.json'));
    expect(findConfigFile(project(undefined))).toBeUndefined();
  });

  it('reads per-function settings', () => {
    const config = readBuildConfig(fixture('configured/index.ts'), ['api', 'orders', 'table']);
    expect(config.functions.api?.aws).toEqual({ streaming: true });
    expect(config.functions.orders?.azure).toEqual({
      source: 'service-bus',
      queueName: 'orders',
      connection: 'ServiceBusConnection',
    });
  });

  it('no file: no settings', () => {
    expect(readBuildConfig(project(undefined), ['api'])).toEqual({ functions: {} });
  });

  it.each([
    ['{ not json', /not valid JSON/],
    ['[]', /\(top level\) must be an object/],
    ['{"functions":{"nope":{}}}', /functions\.nope: the entry exports no definition named "nope" \(it exports api\)/],
    ['{"functions":{"api":{"lambda":{}}}}', /functions\.api\.lambda: unknown target/],
    ['{"functions":{"api":{"aws":{"batchsize":5}}}}', /functions\.api\.aws\.batchsize: unknown setting/],
    ['{"functions":{"api":{"aws":{"batchSize":"5"}}}}', /functions\.api\.aws\.batchSize must be a number, got "5"/],
    ['{"functions":{"api":{"aws":{"http":"rest"}}}}', /must be one of http-api, function-url/],
    ['{"functions":{"api":{"gcp":{"eventFilters":[]}}}}', /eventFilters must be an object/],
    ['{"functions":{"api":{"azure":"queue"}}}', /functions\.api\.azure must be an object/],
  ])('%s → BuildConfigError naming the file and key', (text, message) => {
    const entry = project(text);
    expect(() => readBuildConfig(entry, ['api'])).toThrow(BuildConfigError);
    expect(() => readBuildConfig(entry, ['api'])).toThrow(message);
    expect(() => readBuildConfig(entry, ['api'])).toThrow('faasport.config.json: ');
  });
});

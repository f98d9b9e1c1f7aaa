import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { toNcrontab } from '@faasport/adapter-azure';
import { DefinitionError } from '@faasport/core';
import { type AzureFunctionBindings, azureBindings } from './azure-bindings.js';
import { bundle } from './bundle.js';
import { forFunction } from './function-error.js';
import { installedRange } from './installed-version.js';
import { type BuildPlan, entrySource } from './plan.js';

const LIBRARY = '@azure/functions';
// The host refuses other function names (azure-functions-host Utility.IsValidFunctionName).
const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,127}$/i;

/**
 * The generated Azure entry: `register(name, def, bindings)` per definition.
 *
 * @example
 * azureEntrySource(plan, bindings) // "…register(\"hello\", user[\"hello\"]);"
 */
export function azureEntrySource(
  plan: Pick<BuildPlan, 'entryFile' | 'functions'>,
  bindings: readonly AzureFunctionBindings[],
): string {
  const statements = plan.functions.map((fn, i) => {
    const b = bindings[i]?.bindings;
    const args = [JSON.stringify(fn.name), `user[${JSON.stringify(fn.name)}]`, ...(b ? [JSON.stringify(b)] : [])];
    return `register(${args.join(', ')});`;
  });
  return entrySource(plan.entryFile, ["import { register } from '@faasport/adapter-azure';"], statements);
}

/**
 * Builds the Azure Functions (Node v4 model) app: `index.js` (+ map, ESM) calling `register` per
 * definition, `package.json` whose `main` is that bundle, `host.json` with the extension bundle,
 * and `local.settings.json.example` with every app setting the bindings name.
 * https://learn.microsoft.com/azure/azure-functions/functions-reference-node#folder-structure
 *
 * @example
 * await buildAzure(plan) // ['index.js', 'index.js.map', 'package.json', 'host.json', 'local.settings.json.example']
 */
export async function buildAzure(plan: BuildPlan): Promise<string[]> {
  const bindings = plan.functions.map((fn) =>
    forFunction(fn.name, 'azure', () => {
      if (!FUNCTION_NAME.test(fn.name)) {
        throw new DefinitionError(
          `Azure takes function names of a letter then up to 127 letters, digits, '_' or '-', not ${JSON.stringify(fn.name)}`,
        );
      }
      if (fn.definition.kind === 'schedule') toNcrontab(fn.definition.schedule);
      return azureBindings(fn);
    }),
  );
  await bundle({
    entryFile: plan.entryFile,
    contents: azureEntrySource(plan, bindings),
    outfile: join(plan.outDir, 'index.js'),
    external: [LIBRARY],
  });
  const write = (name: string, value: unknown) =>
    writeFileSync(join(plan.outDir, name), `${JSON.stringify(value, null, 2)}\n`);
  write('package.json', {
    name: 'faasport-azure-functions',
    private: true,
    type: 'module',
    main: 'index.js',
    dependencies: { [LIBRARY]: installedRange(LIBRARY, dirname(plan.entryFile), '^4.5.0') },
  });
  write('host.json', {
    version: '2.0',
    logging: { applicationInsights: { samplingSettings: { isEnabled: true, excludedTypes: 'Request' } } },
    extensionBundle: { id: 'Microsoft.Azure.Functions.ExtensionBundle', version: '[4.*, 5.0.0)' },
  });
  const settings = Object.assign({}, ...bindings.map((b) => b.settings)) as Record<string, string>;
  write('local.settings.json.example', {
    IsEncrypted: false,
    Values: { FUNCTIONS_WORKER_RUNTIME: 'node', AzureWebJobsStorage: 'UseDevelopmentStorage=true', ...settings },
  });
  return ['index.js', 'index.js.map', 'package.json', 'host.json', 'local.settings.json.example'];
}

import * as azureFunctions from '@azure/functions';

type AzureFunctionsModule = typeof azureFunctions;

/**
 * The `@azure/functions` module object. The package is CommonJS: from Node's ESM its classes and
 * `app` are only on the default export (the named imports Node guesses come back undefined), while
 * a CommonJS build sees them directly.
 *
 * @example
 * azure.app.http('api', { handler })
 */
export const azure: AzureFunctionsModule =
  (azureFunctions as { default?: AzureFunctionsModule }).default ?? azureFunctions;

import nodeModule from 'node:module';

// The parts of `@azure/functions-core` (the module the Node worker injects) the library touches.
// Shapes follow the worker's own types; only what an HTTP invocation needs is modelled.

/** A binding as the library registers it (`toCoreFunctionMetadata`). */
export interface RpcBinding {
  readonly type: string;
  readonly direction: 'in' | 'out';
  readonly [key: string]: unknown;
}

/** What `app.http(...)` hands to `registerFunction`. */
export interface FunctionMetadata {
  readonly name: string;
  readonly bindings: Record<string, RpcBinding>;
  readonly [key: string]: unknown;
}

/** One function the library registered, with the callback the worker would invoke. */
export interface Registration {
  readonly metadata: FunctionMetadata;
  readonly callback: (...args: unknown[]) => unknown;
}

/** A hook the library registered (`app.hook.appStart`, `appTerminate`, …), as the worker keeps it. */
export interface HookRegistration {
  readonly hookName: string;
  readonly callback: (coreContext: { hookData: Record<string, unknown> }) => unknown;
}

/** A system or user log line the library sent to the worker. */
export interface WorkerLogLine {
  readonly level: string;
  readonly category: string;
  readonly message: string;
}

interface InvocationModel {
  getArguments(): Promise<{ context: unknown; inputs: unknown[] }>;
  invokeFunction(context: unknown, inputs: unknown[], handler: Registration['callback']): Promise<unknown>;
  getResponse(context: unknown, result: unknown): Promise<{ returnValue?: unknown }>;
}

interface ProgrammingModel {
  readonly name: string;
  getInvocationModel(coreCtx: unknown): InvocationModel;
}

/** The stand-in for `@azure/functions-core`: one per process, since the library caches it. */
export interface FunctionsCore {
  readonly registrations: Registration[];
  readonly hooks: HookRegistration[];
  readonly logs: WorkerLogLine[];
  programmingModel: ProgrammingModel | undefined;
  readonly version: string;
  setProgrammingModel(model: ProgrammingModel): void;
  getProgrammingModel(): ProgrammingModel | undefined;
  registerFunction(metadata: FunctionMetadata, callback: Registration['callback']): { dispose(): void };
  registerHook(hookName: string, callback: HookRegistration['callback']): { dispose(): void };
  log(level: string, category: string, message: string): void;
}

const KEY = Symbol.for('faasport.azure.functionsCore');
const SPECIFIER = '@azure/functions-core';

function createFunctionsCore(): FunctionsCore {
  const core: FunctionsCore = {
    registrations: [],
    hooks: [],
    logs: [],
    programmingModel: undefined,
    version: 'faasport-test-worker',
    setProgrammingModel(model) {
      core.programmingModel = model;
    },
    getProgrammingModel: () => core.programmingModel,
    registerFunction(metadata, callback) {
      const registration = { metadata, callback };
      core.registrations.push(registration);
      return { dispose: () => core.registrations.splice(core.registrations.indexOf(registration), 1) };
    },
    registerHook(hookName, callback) {
      const hook = { hookName, callback };
      core.hooks.push(hook);
      return { dispose: () => core.hooks.splice(core.hooks.indexOf(hook), 1) };
    },
    log(level, category, message) {
      core.logs.push({ level, category, message });
    },
  };
  return core;
}

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

/**
 * Runs `register` while `require('@azure/functions-core')` answers with the process's stand-in, and
 * returns what was registered. The library resolves that module once, on its first `app.*` call,
 * and keeps it; if something registered earlier without the stand-in (the library's "test mode"),
 * nothing is captured and this throws.
 *
 * @example
 * const reg = captureRegistration(() => register('api', api))
 */
export function captureRegistration(register: () => void): { core: FunctionsCore; registration: Registration } {
  const holder = globalThis as { [KEY]?: FunctionsCore };
  holder[KEY] ??= createFunctionsCore();
  const core = holder[KEY];
  const Module = nodeModule as unknown as { _load: Load };
  const original = Module._load;
  Module._load = function load(this: unknown, request, parent, isMain) {
    return request === SPECIFIER ? core : original.call(this, request, parent, isMain);
  };
  const before = core.registrations.length;
  try {
    register();
  } finally {
    Module._load = original;
  }
  const registration = core.registrations[before];
  if (!registration || !core.programmingModel) {
    throw new Error(
      '@azure/functions did not register through the faasport test worker: it was already used in "test mode" ' +
        'in this process (an app.* call before the first azureTransport). Create the transport first.',
    );
  }
  return { core, registration };
}

/**
 * Runs every hook of `hookName` the library registered in this process, one after another, as the
 * worker does (e.g. `appTerminate` when the host stops it). Resolves to how many ran.
 *
 * @example
 * await fireHooks('appTerminate')
 */
export async function fireHooks(hookName: string): Promise<number> {
  const core = (globalThis as { [KEY]?: FunctionsCore })[KEY];
  const hooks = core?.hooks.filter((h) => h.hookName === hookName) ?? [];
  for (const hook of hooks) await hook.callback({ hookData: {} });
  return hooks.length;
}

/** A command of the `faasport` bin; `run` resolves to the process exit code. */
export interface Command {
  readonly summary: string;
  load(): Promise<{ run(argv: string[]): Promise<number> }>;
}

/** Every command, loaded only when called (the dev server's dependencies cost nothing to `matrix`). */
export const commands: Record<string, Command> = {
  build: {
    summary: 'bundle an entry into a deployable folder: --target aws|gcp|azure',
    load: () => import('./build.js'),
  },
  dev: {
    summary: 'serve an entry locally (HTTP, events, schedules, Lambda Invoke API): [--port N] [--as aws|gcp|azure]',
    load: () => import('./dev.js'),
  },
  invoke: {
    summary: 'fire one event at an export: <entry> <export> --event <file|kind> [--as aws|gcp|azure]',
    load: () => import('./invoke.js'),
  },
  matrix: {
    summary: 'render the provider comparison matrix: [--check] [--json] [--for <entry>]',
    load: () => import('./matrix.js'),
  },
};

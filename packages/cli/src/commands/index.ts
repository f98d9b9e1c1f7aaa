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
};

// The `faasport` bin. Each command lives in src/commands/<name>.ts and is loaded on demand.
import { FaasportError } from '@faasport/core';
import { type Command, commands } from './commands/index.js';

const USAGE = `faasport <command> [options]

commands:
${Object.entries(commands)
  .map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`)
  .join('\n')}
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name ? 0 : 1;
  }
  const command: Command | undefined = commands[name];
  if (!command) {
    process.stderr.write(`faasport: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof FaasportError ? error.message : error instanceof Error ? error.stack : String(error);
    process.stderr.write(`faasport: ${message}\n`);
    process.exitCode = error instanceof FaasportError && error.code === 'USAGE' ? 2 : 1;
  },
);

import type { AppState } from './app-state.js';

/**
 * What `faasport dev` prints at startup: the URL of each HTTP function, how to fire each event
 * function, the schedules' next ticks, the ready-made Lambda handlers (`--lambda`), and the Lambda API endpoint.
 *
 * @example
 * process.stdout.write(banner(dev.url, dev.state, 'local', ['hello']))
 */
export function banner(url: string, state: AppState, provider: string, lambdaNames: readonly string[] = []): string {
  const handlersOnly = lambdaNames.filter((name) => !state.definitions.has(name)).length;
  const count = state.definitions.size + handlersOnly;
  const lines = [`faasport dev: serving ${count} function(s) at ${url} through ${provider}`, ''];
  for (const route of state.routes) lines.push(`  http      ${route.name.padEnd(16)} ${url}${route.prefix}/`);
  for (const [name, def] of state.definitions) {
    if (def.kind === 'http' || def.kind === 'schedule') continue;
    lines.push(`  ${def.kind.padEnd(9)} ${name.padEnd(16)} curl -X POST ${url}/_faasport/${name} -d @event.json`);
  }
  for (const [name, def] of state.definitions) {
    if (def.kind !== 'schedule') continue;
    const next = state.schedules?.next.get(name);
    lines.push(
      `  schedule  ${name.padEnd(16)} ${def.schedule.expression} (UTC)${next ? `, next ${next.toISOString()}` : ''}`,
    );
  }
  for (const name of lambdaNames) lines.push(`  lambda    ${name.padEnd(16)} index.${name} (Lambda API only)`);
  lines.push(
    '',
    `  Lambda Invoke API: new LambdaClient({ endpoint: '${url}' }) (GET ${url}/2015-03-31/functions/)`,
    '',
  );
  return `${lines.join('\n')}\n`;
}

// One server variant in its own process, so process.cpuUsage() is its CPU alone. The parent drives
// requests and asks for the CPU figure before and after each round.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const { start } = await import(pathToFileURL(resolve(process.argv[2])).href);
const { server, port } = await start();

process.on('message', (message) => {
  if (message === 'cpu') process.send({ cpu: process.cpuUsage() });
  else if (message === 'stop') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
process.send({ port });

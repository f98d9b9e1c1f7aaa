import { createServer } from 'node:http';
import { nodeHandler } from './apps.js';
import { listen } from './listen.js';

/** Bare node:http, no Functions Framework: what the framework itself costs. */
export function start() {
  return listen(createServer({ keepAliveTimeout: 60_000 }, nodeHandler));
}

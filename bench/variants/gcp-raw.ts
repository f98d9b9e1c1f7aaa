import type { Request, Response } from '@google-cloud/functions-framework';
import { serveThroughFunctionsFramework } from './gcp-serve.js';

/** The tiny API of apps.ts as a raw Functions Framework HTTP function (Express req/res, parsed body). */
function rawHandler(req: Request, res: Response): void {
  if (req.method === 'POST') {
    res.status(201).json({ count: (req.body as { items: unknown[] }).items.length });
    return;
  }
  res.json({ id: req.path.split('/').pop(), expand: req.query.expand ?? null });
}

export function start() {
  return serveThroughFunctionsFramework(rawHandler);
}

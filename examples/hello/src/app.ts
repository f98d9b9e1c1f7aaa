import { type Context, http } from '@faasport/core';
import { Hono } from 'hono';

// Plain Hono: nothing here names a cloud. faasport passes its Context as Hono's `env`.
const app = new Hono<{ Bindings: Context }>();

app.get('*', (c) => {
  const name = c.req.query('name') ?? 'world';
  return c.json({
    message: `Hello, ${name}!`,
    provider: c.env.provider,
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    languages: c.req.queries('lang') ?? [],
    coldStart: c.env.coldStart,
  });
});

app.post('*', async (c) => {
  const body = await c.req.json<{ name?: string }>();
  return c.json({ message: `Hello, ${body.name ?? 'world'}!`, provider: c.env.provider }, 201);
});

/** The function, defined once. */
export const hello = http(app);

import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { isDefinition } from '../src/definition.js';
import { DefinitionError } from '../src/errors.js';
import { http } from '../src/http.js';
import { createLogger } from '../src/logger.js';

const ctx = createContext({
  provider: 'local',
  functionName: 'api',
  invocationId: 'inv-1',
  coldStart: true,
  log: createLogger({ format: 'json', invocationId: 'inv-1', sink: () => {} }),
  raw: {},
});

describe('http', () => {
  it('wraps a handler function and passes request and context', async () => {
    const def = http((req, c) => new Response(`${req.method} ${c.invocationId}`), { route: 'api' });
    expect(def.kind).toBe('http');
    expect(def.options.route).toBe('api');
    expect(isDefinition(def, 'http')).toBe(true);
    const res = await def.fetch(new Request('http://x/'), ctx);
    expect(await res.text()).toBe('GET inv-1');
  });

  it('accepts a Hono app as is, with the faasport context as env', async () => {
    const app = new Hono<{ Bindings: { provider: string } }>();
    app.get('/hi/:name', (c) => c.json({ name: c.req.param('name'), provider: c.env.provider }));
    const def = http(app);
    const res = await def.fetch(new Request('http://x/hi/ada'), ctx);
    expect(await res.json()).toEqual({ name: 'ada', provider: 'local' });
  });

  it('refuses anything that is neither a function nor a fetch app', () => {
    expect(() => http(42 as never)).toThrow(DefinitionError);
    expect(() => http({} as never)).toThrow(/fetch method/);
  });
});

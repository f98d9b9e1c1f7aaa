import { describe, expect, it } from 'vitest';
import { banner } from '../../src/dev/banner.js';
import { devServer, fakeClock } from './helpers.js';

describe('banner', () => {
  it('lists each HTTP URL, how to fire each event function, the schedules and the Lambda endpoint', async () => {
    const clock = fakeClock(Date.parse('2026-01-01T00:00:00Z'));
    const { dev } = await devServer({ clock });
    try {
      const text = banner(dev.url, dev.state, 'aws');
      expect(text).toContain(`serving 8 function(s) at ${dev.url} through aws`);
      expect(text).toMatch(new RegExp(`http +api +${dev.url}/api/\\n`));
      expect(text).toMatch(new RegExp(`http +admin +${dev.url}/admin/v1/\\n`));
      expect(text).toMatch(new RegExp(`queue +orders +curl -X POST ${dev.url}/_faasport/orders -d @event.json`));
      expect(text).toContain('schedule  nightly          rate(1 minute) (UTC), next 2026-01-01T00:01:00.000Z');
      expect(text).toContain(`new LambdaClient({ endpoint: '${dev.url}' })`);
    } finally {
      await dev.close();
    }
  });

  it('lists ready-made Lambda handlers and counts those no definition shares a name with', async () => {
    const { dev } = await devServer({ entry: undefined, lambdaHandlers: { hello: () => null } });
    try {
      const text = banner(dev.url, dev.state, 'local', ['hello']);
      expect(text).toContain(`serving 1 function(s) at ${dev.url}`);
      expect(text).toContain('  lambda    hello            index.hello (Lambda API only)\n');
    } finally {
      await dev.close();
    }
  });
});

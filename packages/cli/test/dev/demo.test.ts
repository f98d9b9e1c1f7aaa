import { describe, expect, it } from 'vitest';
import { demo, table } from '../../src/dev/demo.js';
import { devServer } from './helpers.js';

describe('demo', () => {
  it('table aligns columns under a rule', () => {
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\n---  --\nccc  d\n');
  });

  it('answers the same requests through the dev server, aws, gcp and azure, per HTTP function', async () => {
    const { dev } = await devServer({ as: 'local' });
    try {
      const text = await demo(dev.url, dev.state.routes);
      expect(text).toContain('api: GET /api/?name=Ada&lang=en&lang=fr');
      expect(text).toContain('admin: POST /admin/v1/');
      for (const [through, provider] of [
        ['dev server', 'local'],
        ['aws', 'aws'],
        ['gcp', 'gcp'],
        ['azure', 'azure'],
      ]) {
        expect(text).toMatch(
          new RegExp(
            `\\n${through} +200 +application/json +\\{"provider":"${provider}","method":"POST","path":"/","search":"","body":"\\{\\\\"name\\\\":\\\\"Grace\\\\"\\}"\\}`,
          ),
        );
      }
    } finally {
      await dev.close();
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { ProviderReport } from '../../src/matrix/portability.js';
import { renderPortability } from '../../src/matrix/render-portability.js';

const REPORTS: ProviderReport[] = [
  {
    provider: 'azure',
    platform: 'Azure Functions',
    definitions: [
      {
        name: 'orders',
        kind: 'queue',
        verdict: 'full',
        notes: [],
        via: { source: 'Service Bus queue', verdict: 'full', notes: [] },
        sources: [
          { source: 'Service Bus queue', verdict: 'full', notes: [] },
          { source: 'Service Bus many', verdict: 'degraded', notes: ['a failure redelivers the whole batch'] },
          { source: 'Nothing', verdict: 'impossible', notes: ['never'] },
        ],
      },
      {
        name: 'slow',
        kind: 'http',
        verdict: 'impossible',
        notes: ['timeoutSeconds 900 exceeds the 230 s maximum'],
        sources: [],
      },
    ],
  },
];

describe('renderPortability', () => {
  it('groups definitions by verdict per provider, says how each degrades and why one is impossible', () => {
    expect(renderPortability('src/app.ts', REPORTS)).toBe(
      [
        'Portability of src/app.ts (2 definitions)',
        '',
        'Azure Functions (azure)',
        '  fully supported:',
        '    orders (queue) via Service Bus queue',
        '      · also Service Bus many (degraded): a failure redelivers the whole batch',
        '  impossible:',
        '    slow (http)',
        '      - timeoutSeconds 900 exceeds the 230 s maximum',
        '',
      ].join('\n'),
    );
  });
});

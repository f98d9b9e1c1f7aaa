// Runs every HTTP scenario through every transport. A transport that cannot meet a scenario must
// declare it (`limitations`); the test then checks the declared behaviour happens instead, and
// that the full expectation really fails, so a declaration cannot outlive the limit.
import { describe, expect, it } from 'vitest';
import { httpScenarioIds, httpScenarios } from './http-scenarios.js';
import { AWS_SHAPES, transportFactories as factories, localLogLines } from './transports.js';
import { receive, verify } from './verify.js';

const KNOWN = new Set<string>(['local', 'gcp', 'azure', ...AWS_SHAPES.map((s) => `aws:${s}`)]);

describe('HTTP scenario list', () => {
  it('has at least 40 scenarios with unique ids', () => {
    expect(httpScenarioIds.length).toBeGreaterThanOrEqual(40);
    expect(new Set(httpScenarioIds).size).toBe(httpScenarioIds.length);
  });

  it('uses dotted lower-case ids under http.', () => {
    const bad = httpScenarioIds.filter((id) => !/^http\.[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
    expect(bad).toEqual([]);
  });

  it('declares limitations only for known transports, each with a reason', () => {
    const bad = httpScenarios.flatMap((s) =>
      Object.entries(s.limitations ?? {})
        .filter(([name, lim]) => !KNOWN.has(name) || !lim?.reason)
        .map(([name]) => `${s.id} → ${name}`),
    );
    expect(bad).toEqual([]);
  });

  it('runs through local and every adapter transport', () => {
    expect(factories.map((f) => f.name)).toEqual(['local', ...AWS_SHAPES.map((s) => `aws:${s}`), 'gcp', 'azure']);
  });
});

describe.each(factories)('$name', (factory) => {
  it.each(httpScenarios.map((s) => [s.id, s] as const))('%s', async (_id, scenario) => {
    const transport = await factory.create(scenario.definition);
    try {
      expect(transport.name).toBe(factory.name);
      const received = await receive(await transport.fetch(scenario.request()));
      const limitation = scenario.limitations?.[factory.name];
      if (limitation) {
        expect(verify(received, limitation.expect, factory.provider), limitation.reason).toEqual([]);
        const full = verify(received, scenario.expect, factory.provider);
        expect(full, `stale limitation: ${factory.name} now meets ${scenario.id}`).not.toEqual([]);
      } else {
        expect(verify(received, scenario.expect, factory.provider)).toEqual([]);
      }
    } finally {
      await transport.close();
    }
  });
});

describe('local transport', () => {
  it('logs the message and the stack of a thrown error that the 500 body hides', async () => {
    const scenario = httpScenarios.find((s) => s.id === 'http.error.thrown')!;
    const local = factories.find((f) => f.name === 'local')!;
    const transport = await local.create(scenario.definition);
    const before = localLogLines.length;
    await receive(await transport.fetch(scenario.request()));
    const lines = localLogLines.slice(before).join('\n');
    expect(lines).toContain('db password is hunter2');
    expect(lines).toContain('    at ');
  });
});

import { describe, expect, it } from 'vitest';
import { azure } from '../../src/azure-functions.js';
import { captureRegistration, fireHooks } from '../../src/testing/functions-core.js';

describe('captureRegistration', () => {
  it("captures the library's programming model and the function it registers, then unhooks require", async () => {
    const handler = async () => ({ body: 'x' });
    const { core, registration } = captureRegistration(() => azure.app.http('plain', { handler }));
    expect(core.programmingModel?.name).toBe('@azure/functions');
    expect(registration.metadata.name).toBe('plain');
    expect(registration.callback).toBe(handler);
    const { createRequire } = await import('node:module');
    expect(() => createRequire(import.meta.url)('@azure/functions-core')).toThrow(/Cannot find module/);
  });

  it('hands the same stand-in to later registrations (the library caches it)', () => {
    const first = captureRegistration(() => azure.app.http('one', { handler: async () => ({}) }));
    const second = captureRegistration(() => azure.app.http('two', { handler: async () => ({}) }));
    expect(second.core).toBe(first.core);
    expect(second.registration.metadata.name).toBe('two');
  });

  it('throws when the register callback registers nothing', () => {
    expect(() => captureRegistration(() => {})).toThrow(/did not register through the faasport test worker/);
  });
});

describe('fireHooks', () => {
  it('records hooks the library registers through app.hook and runs them in order, with a hook context', async () => {
    const order: string[] = [];
    const { core } = captureRegistration(() => azure.app.http('with-hooks', { handler: async () => ({}) }));
    const first = azure.app.hook.appTerminate((context) => {
      order.push(`first:${typeof context.hookData}`);
    });
    azure.app.hook.appTerminate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      order.push('second');
    });
    expect(core.hooks.filter((h) => h.hookName === 'appTerminate').length).toBeGreaterThanOrEqual(2);
    expect(await fireHooks('appStart')).toBe(0);
    const ran = await fireHooks('appTerminate');
    expect(order.slice(-2)).toEqual(['first:object', 'second']);
    first.dispose();
    expect(await fireHooks('appTerminate')).toBe(ran - 1);
  });
});

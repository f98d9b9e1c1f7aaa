import az from '@azure/functions';
import { describe, expect, it } from 'vitest';
import { azure } from '../src/azure-functions.js';

describe('azure (the @azure/functions module object)', () => {
  it('is the CommonJS exports object, with the classes and app the named ESM imports lack', () => {
    expect(azure).toBe(az);
    expect(typeof azure.HttpRequest).toBe('function');
    expect(typeof azure.InvocationContext).toBe('function');
    expect(typeof azure.app.http).toBe('function');
  });
});

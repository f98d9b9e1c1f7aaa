import { STATUS_CODES } from 'node:http';
import { describe, expect, it } from 'vitest';
import { reasonPhrase } from '../src/status-text.js';

describe('reasonPhrase', () => {
  it('agrees with Node for every code Node knows', () => {
    for (const [code, text] of Object.entries(STATUS_CODES)) expect(reasonPhrase(Number(code))).toBe(text);
  });

  it('says Unknown for an unregistered code', () => {
    expect(reasonPhrase(299)).toBe('Unknown');
  });
});

import { describe, expect, it } from 'vitest';
import { Footnotes } from '../../src/matrix/footnotes.js';

describe('Footnotes', () => {
  it('numbers notes in citation order and gives the same note the same number', () => {
    const notes = new Footnotes();
    expect(notes.cite('one cookie only', ['https://a.example'])).toBe(1);
    expect(notes.cite('', ['https://b.example'], '2026-11-27')).toBe(2);
    expect(notes.cite('one cookie only', ['https://a.example'])).toBe(1);
    expect(notes.cite('one cookie only', ['https://c.example'])).toBe(3);
    expect(notes.list().map((n) => n.n)).toEqual([1, 2, 3]);
    expect(notes.list()[1]).toEqual({ n: 2, text: '', urls: ['https://b.example'], checked: '2026-11-27' });
  });

  it('cites nothing for an empty note without sources', () => {
    const notes = new Footnotes();
    expect(notes.cite('')).toBeUndefined();
    expect(notes.list()).toEqual([]);
  });
});

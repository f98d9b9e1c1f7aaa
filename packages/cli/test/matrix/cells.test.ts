import type { Limit } from '@faasport/core/capabilities';
import { describe, expect, it } from 'vitest';
import { claimLine, factLine, formatLimit, limitLine, rangeLine, SETTLE_TEXT } from '../../src/matrix/cells.js';
import { Footnotes } from '../../src/matrix/footnotes.js';

const url = 'https://docs.example/limits';
const lim = (value: Limit['value'], extra: Partial<Limit> = {}): Limit => ({
  value,
  unit: 'MB',
  url,
  checked: '2026-11-27',
  ...extra,
});

describe('cells', () => {
  it('formats limit values with thousands separators, labels and non-numeric values', () => {
    expect(formatLimit(lim(10_240))).toBe('10,240 MB');
    expect(formatLimit(lim(50, { label: 'zipped' }))).toBe('50 MB (zipped)');
    expect(formatLimit(lim('unbounded'))).toBe('unbounded');
    expect(formatLimit(lim('not documented'))).toBe('not documented');
  });

  it('turns a claim into a line whose footnote is its note or reason', () => {
    const notes = new Footnotes();
    const partial = claimLine({ level: 'partial', proof: ['x.y'], note: 'no deletes', docs: [url] }, notes, 'Blob');
    const unsupported = claimLine({ level: 'unsupported', reason: 'refused' }, notes);
    const supported = claimLine({ level: 'supported', proof: ['x.y'] }, notes);
    expect(partial).toEqual({ level: 'partial', text: 'Blob', notes: [1], proof: ['x.y'] });
    expect(unsupported).toEqual({ level: 'unsupported', text: 'unsupported', notes: [2] });
    expect(supported).toEqual({ level: 'supported', text: 'supported', notes: [], proof: ['x.y'] });
    expect(notes.list().map((n) => n.text)).toEqual(['no deletes', 'refused']);
  });

  it('cites the source and check date of every limit and fact', () => {
    const notes = new Footnotes();
    expect(limitLine(lim(6, { note: 'each way' }), notes)).toEqual({ text: '6 MB', notes: [1] });
    expect(rangeLine(lim(128), lim(4096), notes)).toEqual({ text: '128 MB – 4,096 MB', notes: [2] });
    expect(factLine({ text: 'retried twice', url, checked: '2026-11-27' }, notes, 'SNS: ')).toEqual({
      text: 'SNS: retried twice',
      notes: [2],
    });
    expect(notes.list()[0]).toEqual({ n: 1, text: 'each way', urls: [url], checked: '2026-11-27' });
  });

  it('describes every settle rule', () => {
    expect(Object.keys(SETTLE_TEXT)).toHaveLength(7);
    expect(SETTLE_TEXT['whole-batch']).toMatch(/whole batch/);
  });
});

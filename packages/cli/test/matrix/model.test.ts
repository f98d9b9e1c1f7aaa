import { claimsOf } from '@faasport/core/capabilities';
import { describe, expect, it } from 'vitest';
import { buildMatrix, byProvider, providerCapabilities } from '../../src/matrix/model.js';

const matrix = buildMatrix(providerCapabilities());

describe('buildMatrix', () => {
  it('has the three providers as columns and the five areas', () => {
    expect(matrix.columns.map((c) => c.provider)).toEqual(['aws', 'gcp', 'azure']);
    expect(matrix.areas.map((a) => a.id)).toEqual(['triggers', 'http', 'delivery', 'limits', 'context']);
  });

  it('gives every row a cell for every provider', () => {
    for (const area of matrix.areas)
      for (const row of area.rows) expect(Object.keys(row.cells).sort(), row.label).toEqual(['aws', 'azure', 'gcp']);
  });

  it('shows every claim of every adapter somewhere, with its level', () => {
    for (const caps of providerCapabilities()) {
      const lines = matrix.areas.flatMap((a) => a.rows.flatMap((r) => r.cells[caps.provider]));
      const levels = lines.filter((l) => l.level).length;
      expect(levels, caps.provider).toBe(claimsOf(caps).length);
    }
  });

  it('numbers footnotes 1…n and only cites existing ones', () => {
    expect(matrix.footnotes.map((n) => n.n)).toEqual(matrix.footnotes.map((_, i) => i + 1));
    const cited = matrix.areas.flatMap((a) =>
      a.rows.flatMap((r) =>
        Object.values(r.cells)
          .flat()
          .flatMap((l) => l.notes),
      ),
    );
    expect(Math.max(...cited)).toBe(matrix.footnotes.length);
  });

  it('links every limit to its source with the check date', () => {
    const memory = matrix.areas.find((a) => a.id === 'limits')!.rows.find((r) => r.label === 'Memory')!;
    const [line] = memory.cells.aws;
    expect(line?.text).toBe('128 MB – 10,240 MB');
    const note = matrix.footnotes[line!.notes[0]! - 1]!;
    expect(note.urls[0]).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    expect(note.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('builds provider-keyed records', () => {
    expect(
      byProvider([
        ['aws', 1],
        ['gcp', 2],
        ['azure', 3],
      ] as const),
    ).toEqual({ aws: 1, gcp: 2, azure: 3 });
  });
});

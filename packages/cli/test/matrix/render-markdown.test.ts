import { describe, expect, it } from 'vitest';
import { buildMatrix, providerCapabilities } from '../../src/matrix/model.js';
import { GENERATED, renderMarkdown, renderReadmeTable, sentence } from '../../src/matrix/render-markdown.js';

const matrix = buildMatrix(providerCapabilities());
const md = renderMarkdown(matrix);

describe('renderMarkdown', () => {
  it('starts with the generated notice and has a legend', () => {
    expect(md.startsWith(GENERATED)).toBe(true);
    expect(md).toContain('**Legend:** ✅ supported · 🟡 partial');
  });

  it('has one table per area with the providers as columns', () => {
    for (const area of matrix.areas) expect(md).toContain(`## ${area.title}\n\n| | AWS Lambda<br>`);
    expect(md.match(/^\|---\|---\|---\|---\|$/gm)).toHaveLength(matrix.areas.length);
  });

  it('keeps every table row to four cells, pipes in text escaped', () => {
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row.slice(0, 60)).toBe(6);
  });

  it('lists every footnote with an anchor, and its sources as links', () => {
    expect(md).toContain('## Notes and sources');
    for (const n of matrix.footnotes) expect(md).toContain(`${n.n}. <a id="note-${n.n}"></a>`);
    expect(md).toMatch(
      /Source: <https:\/\/docs\.aws\.amazon\.com\/lambda\/latest\/dg\/gettingstarted-limits\.html> \(checked 2026-11-27\)\./,
    );
  });

  it('is deterministic', () => {
    expect(renderMarkdown(buildMatrix(providerCapabilities()))).toBe(md);
  });
});

describe('renderReadmeTable', () => {
  it('shows trigger sources, streaming and headline limits without footnote markers', () => {
    const table = renderReadmeTable(matrix);
    expect(table).toContain('| queue | ✅ SQS standard queue<br>✅ SQS FIFO queue |');
    expect(table).toContain('| Max timeout, HTTP | 900 s | 3,600 s | 230 s |');
    expect(table).not.toContain('<sup>');
    expect(table).toContain('[docs/providers.md](docs/providers.md)');
  });

  it('ends sentences with a full stop once', () => {
    expect(sentence('no deletes')).toBe('no deletes.');
    expect(sentence('done.')).toBe('done.');
    expect(sentence('')).toBe('');
  });
});

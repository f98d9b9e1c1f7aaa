import type { Claim, Fact, Level, Limit, SettleRule } from '@faasport/core/capabilities';
import type { Footnotes } from './footnotes.js';

/** One line of a matrix cell: an optional level, its text and the footnotes it cites. */
export interface Line {
  readonly level?: Level;
  readonly text: string;
  readonly notes: readonly number[];
  /** The conformance scenarios behind a claim (shown as a tooltip in HTML). */
  readonly proof?: readonly string[];
}

const cited = (n: number | undefined): number[] => (n === undefined ? [] : [n]);

/**
 * A claim as a cell line: its level, `text` (default: the level's word), its note or reason as a footnote.
 *
 * @example
 * claimLine({ level: 'partial', proof: ['x'], note: 'no deletes' }, notes, 'Blob trigger')
 */
export function claimLine(claim: Claim, notes: Footnotes, text: string = claim.level): Line {
  if (claim.level === 'unsupported') {
    return { level: claim.level, text, notes: cited(notes.cite(claim.reason, claim.docs)) };
  }
  return { level: claim.level, text, notes: cited(notes.cite(claim.note ?? '', claim.docs)), proof: claim.proof };
}

const INTEGER = new Intl.NumberFormat('en-US');

/**
 * A limit's value with its unit: `900 s`, `10,240 MB`, `unbounded`, `not documented`.
 *
 * @example
 * formatLimit({ value: 10240, unit: 'MB', url, checked }) // '10,240 MB'
 */
export function formatLimit(limit: Limit): string {
  const value = typeof limit.value === 'number' ? `${INTEGER.format(limit.value)} ${limit.unit}` : limit.value;
  return limit.label ? `${value} (${limit.label})` : value;
}

/**
 * A limit as a cell line whose footnote holds its note, source and check date.
 *
 * @example
 * limitLine(capabilities.limits.timeout.http, notes)
 */
export function limitLine(limit: Limit, notes: Footnotes): Line {
  return { text: formatLimit(limit), notes: cited(notes.cite(limit.note ?? '', [limit.url], limit.checked)) };
}

/**
 * Two limits as one `min – max` line, citing both sources.
 *
 * @example
 * rangeLine(caps.limits.memory.min, caps.limits.memory.max, notes) // '128 MB – 10,240 MB'
 */
export function rangeLine(min: Limit, max: Limit, notes: Footnotes): Line {
  const a = limitLine(min, notes);
  const b = limitLine(max, notes);
  return { text: `${a.text} – ${b.text}`, notes: [...new Set([...a.notes, ...b.notes])] };
}

/**
 * A documented fact as a cell line, its source in a footnote.
 *
 * @example
 * factLine({ text: 'retried twice', url, checked }, notes)
 */
export function factLine(fact: Fact, notes: Footnotes, prefix = ''): Line {
  return { text: prefix + fact.text, notes: cited(notes.cite('', [fact.url], fact.checked)) };
}

/** What each settle rule means for the handler, in words. */
export const SETTLE_TEXT: Readonly<Record<SettleRule, string>> = {
  'per-message': 'one invocation per message',
  'partial-batch': 'batches; only the failed messages come back',
  'fifo-partial': 'ordered batches; a failure holds back the rest of its group',
  'ordered-key': 'one invocation per message; a failure holds back its ordering key',
  'resume-at-first': 'ordered batches; resumes at the first failure',
  'whole-batch': 'batches; any failure redelivers the whole batch',
  'whole-batch-at-first': 'ordered batches; stops at the first failure and redelivers the whole batch',
};

// Markdown sections of the benchmark report: tables per case, ratios against peers, target verdicts.
import { addedPerRound, addedRatioPerRound, type CaseResult, fmtRatio, median } from './lib.js';

/** A ratio of added times, ours / peer's; without a target it is shown for information. */
export interface Comparison {
  readonly ours: string;
  readonly peer: string;
  readonly target?: number;
}

/** One target and whether this run met it. */
export interface Verdict {
  readonly figure: string;
  readonly value: string;
  readonly target: string;
  readonly met: boolean;
}

/** A horizontal bar chart (rendered by svg.ts to docs/bench/<file>). */
export interface Chart {
  readonly file: string;
  readonly title: string;
  readonly unit: string;
  readonly bars: readonly { readonly label: string; readonly value: number }[];
}

export interface Section {
  readonly title: string;
  readonly lines: readonly string[];
  readonly charts: readonly Chart[];
  readonly verdicts: readonly Verdict[];
}

export interface CaseFormat {
  /** Formats one raw per-round figure (ns, CPU µs, …). */
  readonly fmt: (value: number) => string;
  /** Column header of the per-call figure. */
  readonly perCall: string;
  /** Unit of the chart's bars, and the divisor from raw figures to it. */
  readonly chartUnit: string;
  readonly chartScale: number;
}

export const NS_FORMAT: CaseFormat = {
  fmt: (ns) => `${(ns / 1000).toFixed(2)} µs`,
  perCall: 'median per call',
  chartUnit: 'µs added per call',
  chartScale: 1000,
};

/** A file name for a case title: "API Gateway v2 GET" → "api-gateway-v2-get". */
export function slug(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The verdict of a ratio of added times per round against its target. */
export function ratioVerdict(figure: string, ratios: readonly number[], target: number): Verdict {
  if (ratios.length === 0)
    return { figure, value: 'no ratio: the peer adds nothing measurable', target: `≤ ${fmtRatio(target)}`, met: false };
  const m = median(ratios);
  return { figure, value: fmtRatio(m), target: `≤ ${fmtRatio(target)}`, met: m <= target };
}

export function verdictCell(v: Verdict): string {
  return `${v.target} (${v.met ? 'met' : 'MISSED'})`;
}

/** Median and range cells of per-round ratios; notes rounds left out (peer within noise of the floor). */
export function ratioCells(ratios: readonly number[], rounds: number): string {
  if (ratios.length === 0) return '— | none of the rounds';
  const left = rounds - ratios.length;
  const note = left > 0 ? ` (${left} of ${rounds} rounds without a ratio)` : '';
  return `${fmtRatio(median(ratios))} | ${fmtRatio(Math.min(...ratios))}–${fmtRatio(Math.max(...ratios))}${note}`;
}

/** Table of variants, table of ratios with verdicts, and a chart of added time, for one interleaved case. */
export function caseSection(
  result: CaseResult,
  floor: string,
  comparisons: readonly Comparison[],
  format: CaseFormat = NS_FORMAT,
): Section {
  const lines = [`### ${result.name}`, '', `| variant | ${format.perCall} | added over floor |`, '|---|---:|---:|'];
  const bars: { label: string; value: number }[] = [];
  for (const [name, rounds] of Object.entries(result.rounds)) {
    if (name === floor) {
      lines.push(`| ${name} | ${format.fmt(median(rounds))} | — |`);
      continue;
    }
    const added = median(addedPerRound(result, name, floor));
    lines.push(`| ${name} | ${format.fmt(median(rounds))} | ${format.fmt(added)} |`);
    bars.push({ label: name, value: added / format.chartScale });
  }
  const verdicts: Verdict[] = [];
  const rounds = Object.values(result.rounds)[0]?.length ?? 0;
  lines.push(
    '',
    '| ratio of added time | median | per round (min–max) | ours − peer (median) | target |',
    '|---|---:|---:|---:|---:|',
  );
  for (const c of comparisons) {
    if (!(c.ours in result.rounds) || !(c.peer in result.rounds)) continue;
    const ratios = addedRatioPerRound(result, c.ours, c.peer, floor);
    const figure = `${result.name}: ${c.ours} / ${c.peer}`;
    const v = c.target === undefined ? undefined : ratioVerdict(figure, ratios, c.target);
    if (v) verdicts.push(v);
    // The difference stays meaningful where a ratio does not (a peer adding next to nothing).
    const peerRounds = result.rounds[c.peer] ?? [];
    const diff = median((result.rounds[c.ours] ?? []).map((x, i) => x - (peerRounds[i] ?? Number.NaN)));
    lines.push(
      `| ${c.ours} / ${c.peer} | ${ratioCells(ratios, rounds)} | ${format.fmt(diff)} | ${v ? verdictCell(v) : '—'} |`,
    );
  }
  const chart: Chart = { file: `${slug(result.name)}.svg`, title: result.name, unit: format.chartUnit, bars };
  lines.push('', `![${result.name}](bench/${chart.file})`, '');
  return { title: result.name, lines, charts: [chart], verdicts };
}

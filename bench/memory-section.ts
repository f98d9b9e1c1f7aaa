// The report section of the memory figures.
import { GROWTH_LIMIT_BYTES, type MemoryResult } from './memory.js';
import type { Section, Verdict } from './report.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const n = (count: number | undefined): string => (count ?? 0).toLocaleString('en');

export function memorySection(results: readonly MemoryResult[], repeats: number): Section {
  const first = results[0];
  const title = 'Memory';
  const lines = [
    `### ${title}`,
    '',
    `Heap used after ${n(first?.early)} invocations and after ${n(first?.total)}, each read after forced full GCs (\`--expose-gc\`), in fresh processes; median of ${repeats}. Floors are the noise reference (a heap can shrink as start-up code is flushed). "Late growth" is from ${n(first?.mid)} calls to the end: warm-up steps (optimized code, inline caches) are behind it, so a leak shows there as clearly as in the total, while a one-time warm-up step does not. The target applies to late growth: repeated readings of one process move by up to about 250 KiB without any trend.`,
    '',
    `| variant | heap after ${n(first?.early)} | growth to ${n(first?.total)} (median) | growth per run | late growth | bytes per call, late | target |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const verdicts: Verdict[] = [];
  for (const r of results) {
    const perCall = (r.lateGrowth / (r.total - r.mid)).toFixed(2);
    let target = '— (noise reference)';
    if (!r.floor) {
      const v: Verdict = {
        figure: `Memory: ${r.name}`,
        value: `${kb(r.lateGrowth)} late growth`,
        target: `≤ ${kb(GROWTH_LIMIT_BYTES)}`,
        met: r.lateGrowth <= GROWTH_LIMIT_BYTES,
      };
      verdicts.push(v);
      target = `${v.target} (${v.met ? 'met' : 'MISSED'})`;
    }
    const runs = r.growths.map(kb).join(', ');
    const cells = [kb(r.earlyHeap), kb(r.growth), runs, kb(r.lateGrowth), perCall, target];
    lines.push(`| ${r.name} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return { title, lines, charts: [], verdicts };
}

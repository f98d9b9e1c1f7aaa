import type { DefinitionFit, ProviderReport, Verdict } from './portability.js';

const HEADINGS: Readonly<Record<Verdict, string>> = {
  full: 'fully supported',
  degraded: 'degraded',
  impossible: 'impossible',
};

function describe(fit: DefinitionFit): string[] {
  const via = fit.via && fit.verdict !== 'impossible' ? ` via ${fit.via.source}` : '';
  const lines = [`    ${fit.name} (${fit.kind})${via}`];
  const how = [...new Set([...fit.notes, ...(fit.via?.notes ?? [])])];
  lines.push(...how.map((n) => `      - ${n}`));
  for (const other of fit.sources) {
    if (other.source === fit.via?.source || other.verdict === 'impossible') continue;
    const why = other.notes.length ? `: ${other.notes.join('; ')}` : '';
    lines.push(`      · also ${other.source} (${HEADINGS[other.verdict]})${why}`);
  }
  return lines;
}

/**
 * The portability report as text: per provider, the definitions grouped by verdict, with how each
 * degrades and why the impossible ones are.
 *
 * @example
 * process.stdout.write(renderPortability('examples/hello', portability(defs, providerCapabilities())))
 */
export function renderPortability(entry: string, reports: readonly ProviderReport[]): string {
  const count = reports[0]?.definitions.length ?? 0;
  const out = [`Portability of ${entry} (${count} definition${count === 1 ? '' : 's'})`, ''];
  for (const report of reports) {
    out.push(`${report.platform} (${report.provider})`);
    for (const verdict of ['full', 'degraded', 'impossible'] as const) {
      const fits = report.definitions.filter((d) => d.verdict === verdict);
      if (!fits.length) continue;
      out.push(`  ${HEADINGS[verdict]}:`, ...fits.flatMap(describe));
    }
    out.push('');
  }
  return out.join('\n');
}

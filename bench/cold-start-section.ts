// The report section of the cold-start and bundle-size figures.

import { type BundleSizes, HELLO_GZIP_TARGET } from './bundle-size.js';
import { COLD_FLOOR, type ColdResult, coldAdded, type Size } from './cold-start.js';
import { median } from './lib.js';
import { type Chart, ratioCells, ratioVerdict, type Section, slug, type Verdict, verdictCell } from './report.js';

const HONO = 'hono/aws-lambda handle';

/** Time targets: ours / Hono's import + first call, per spawn. */
const TARGETS: { ours: string; note: string }[] = [
  { ours: 'faasport toLambda', note: 'the same API as a Web handler' },
  { ours: 'faasport toLambda + Hono app', note: 'the same Hono app' },
];

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number): string => `${value.toFixed(2)} ms`;

function perSpawnRatios(result: ColdResult, ours: string): number[] {
  const peer = result.total.rounds[HONO] ?? [];
  return (result.total.rounds[ours] ?? []).map((x, i) => x / (peer[i] ?? Number.NaN));
}

export function coldStartSection(result: ColdResult, spawns: number, { hello, bare }: BundleSizes): Section {
  const added = coldAdded(result);
  const title = result.total.name;
  const lines = [
    `### ${title}`,
    '',
    `${spawns} fresh \`node\` processes per variant, spawned in rotating order; medians. "Import" includes the module's init (creating the handler).`,
    '',
    '| variant | bundle | gzip | import | first call | import + first call | added over floor |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, totals] of Object.entries(result.total.rounds)) {
    const size = result.sizes[name] as Size;
    const cells = [
      kb(size.bytes),
      kb(size.gzipBytes),
      ms(median(result.importMs[name] ?? [])),
      ms(median(result.firstCallMs[name] ?? [])),
    ];
    const addedCell = name === COLD_FLOOR ? '—' : ms(added[name] ?? Number.NaN);
    lines.push(`| ${name} | ${cells.join(' | ')} | ${ms(median(totals))} | ${addedCell} |`);
  }
  const verdicts: Verdict[] = [];
  lines.push('', '| ratio of import + first call | median | per spawn (min–max) | target |', '|---|---:|---:|---:|');
  for (const t of TARGETS) {
    const ratios = perSpawnRatios(result, t.ours);
    const v = ratioVerdict(`${title}: ${t.ours} / ${HONO} (${t.note})`, ratios, 1 / 2);
    verdicts.push(v);
    lines.push(`| ${t.ours} / ${HONO} | ${ratioCells(ratios, spawns)} | ${verdictCell(v)} |`);
  }
  const helloVerdict: Verdict = {
    figure: 'examples/hello AWS bundle, gzip',
    value: kb(hello.gzipBytes),
    target: `≤ ${kb(HELLO_GZIP_TARGET)}`,
    met: hello.gzipBytes <= HELLO_GZIP_TARGET,
  };
  verdicts.push(helloVerdict);
  lines.push(
    '',
    `examples/hello for AWS (\`examples/hello/aws.ts\`: faasport + its Hono app), bundled the same way from the published packages: ${kb(hello.bytes)}, ${kb(hello.gzipBytes)} gzip (level 9) — target ${verdictCell(helloVerdict)}. A bare \`toLambda(http(() => new Response('hi')))\` (\`bench/entries/aws-bare.ts\`): ${kb(bare.bytes)}, ${kb(bare.gzipBytes)} gzip.`,
  );
  const timeChart: Chart = {
    file: `${slug(title)}.svg`,
    title: `${title}: import + first call over the floor`,
    unit: 'ms added',
    bars: Object.entries(added)
      .filter(([n]) => n !== COLD_FLOOR)
      .map(([label, value]) => ({ label, value })),
  };
  const sizeChart: Chart = {
    file: 'bundle-size.svg',
    title: 'Bundle size, minified, gzip',
    unit: 'KiB gzip',
    bars: [
      { label: 'faasport examples/hello (aws)', value: hello.gzipBytes / 1024 },
      { label: 'faasport bare toLambda(http())', value: bare.gzipBytes / 1024 },
      ...Object.entries(result.sizes).map(([label, s]) => ({ label, value: s.gzipBytes / 1024 })),
    ],
  };
  lines.push(
    '',
    `![${timeChart.title}](bench/${timeChart.file})`,
    '',
    `![${sizeChart.title}](bench/${sizeChart.file})`,
    '',
  );
  return { title, lines, charts: [timeChart, sizeChart], verdicts };
}

// Hand-written SVG bar charts (no chart library): one horizontal bar per variant.
import type { Chart } from './report.js';

const WIDTH = 720;
const LABEL_WIDTH = 250;
const VALUE_WIDTH = 90;
const BAR_HEIGHT = 22;
const GAP = 8;
const TOP = 44;
const BOTTOM = 16;
const OURS = '#2f6fde';
const PEER = '#9aa4b2';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function formatValue(value: number): string {
  const abs = Math.abs(value);
  return abs >= 100 ? value.toFixed(0) : abs >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** The chart as a standalone SVG document; faasport's bars in blue, the others grey. */
export function barChart(chart: Chart): string {
  const plot = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const max = Math.max(...chart.bars.map((b) => b.value), Number.MIN_VALUE);
  const height = TOP + chart.bars.length * (BAR_HEIGHT + GAP) + BOTTOM;
  const rows = chart.bars.map((bar, i) => {
    const y = TOP + i * (BAR_HEIGHT + GAP);
    // Noise can make a variant look faster than the floor: draw no bar, keep the figure.
    const width = Math.max(0, (bar.value / max) * plot);
    const fill = bar.label.startsWith('faasport') ? OURS : PEER;
    const textY = y + BAR_HEIGHT * 0.7;
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${textY}" text-anchor="end">${escapeXml(bar.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y}" width="${width.toFixed(1)}" height="${BAR_HEIGHT}" fill="${fill}"/>`,
      `<text x="${(LABEL_WIDTH + width + 6).toFixed(1)}" y="${textY}">${formatValue(bar.value)}</text>`,
    ].join('');
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="13">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    `<text x="12" y="20" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
    `<text x="12" y="36" fill="#555">${escapeXml(chart.unit)} (lower is better)</text>`,
    `<line x1="${LABEL_WIDTH}" y1="${TOP - 4}" x2="${LABEL_WIDTH}" y2="${height - BOTTOM + 4}" stroke="#333"/>`,
    ...rows,
    '</svg>',
    '',
  ].join('\n');
}

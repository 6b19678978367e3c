import { xml } from '../xml.ts';
import type { PolicyRun } from './run-policy.ts';
import type { RateLimitLabReport } from './report.ts';
import { itemLabel, tickEvery, timeSpan } from './time-scale.ts';

const WIDTH = 900;
const LEFT = 80;
const RIGHT = 24;
const ROW = 22;
const HEADER = 40;
const AXIS = 30;
const LEGEND = 30;
const PLOT = WIDTH - LEFT - RIGHT;

const fixed = (n: number): string => (Math.round(n * 10) / 10).toString();

/**
 * Both timelines as one SVG document: a panel per policy, a row per permit slot, a bar (`<rect
 * class="bar …">`) per permit held, the theory's makespan dashed and the measured one solid.
 * @returns the whole document, one `<svg>` root.
 */
export function svgTimeline(report: RateLimitLabReport): string {
  const total = timeSpan(report);
  const x = (ms: number): number => LEFT + (Math.max(0, ms) / total) * PLOT;
  let top = 10;
  const panels = report.runs.map((run) => {
    const height = HEADER + Math.max(run.slots, 1) * ROW + AXIS;
    const panel = svgPanel(run, top, total, report.input.stepMs, x);
    top += height;
    return panel;
  });
  const title = `rate-limit lab: ${report.input.items} items, ${report.input.invalid.length} invalid, N = ${report.input.permits}, d = ${report.input.stepMs} ms (${report.engine}, ${report.clock} clock, seed ${report.seed})`;
  const height = top + LEGEND;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="monospace" font-size="12">`,
    `<title>${xml(title)}</title>`,
    '<style>.valid{fill:#4c8bf5}.invalid{fill:#e8a33d}.theory{stroke:#c00;stroke-dasharray:4 3}.measured{stroke:#222}.grid{stroke:#ddd}</style>',
    ...panels,
    legend(top),
    '</svg>',
    '',
  ].join('\n');
}

/** What the colours and lines mean; its swatches are not bars. */
function legend(top: number): string {
  const y = top + 12;
  return [
    `<g class="legend">`,
    `<rect class="swatch valid" x="${LEFT}" y="${y}" width="12" height="12"/><text x="${LEFT + 16}" y="${y + 10}">valid item's permit</text>`,
    `<rect class="swatch invalid" x="${LEFT + 190}" y="${y}" width="12" height="12"/><text x="${LEFT + 206}" y="${y + 10}">invalid item's permit (all-sleep)</text>`,
    `<line class="theory" x1="${LEFT + 470}" y1="${y + 6}" x2="${LEFT + 500}" y2="${y + 6}"/><text x="${LEFT + 506}" y="${y + 10}">theory</text>`,
    `<line class="measured" x1="${LEFT + 580}" y1="${y + 6}" x2="${LEFT + 610}" y2="${y + 6}"/><text x="${LEFT + 616}" y="${y + 10}">measured makespan</text>`,
    '</g>',
  ].join('\n');
}

function svgPanel(run: PolicyRun, top: number, total: number, step: number, x: (ms: number) => number): string {
  const rowsTop = top + HEADER;
  const rowsBottom = rowsTop + Math.max(run.slots, 1) * ROW;
  const ratio = run.ratio === null ? 'n/a' : `×${run.ratio.toFixed(2)}`;
  const heading = `${run.policy}: makespan ${fixed(run.makespanMs)} ms, theory ${run.theory.formula} = ${run.theory.ms} ms, measured ÷ theory ${ratio}`;
  const parts = [`<g class="panel" data-policy="${run.policy}">`, `<text x="${LEFT}" y="${top + 24}" font-weight="bold">${xml(heading)}</text>`];
  for (let slot = 0; slot < Math.max(run.slots, 1); slot++) {
    parts.push(`<text x="8" y="${rowsTop + slot * ROW + 15}">permit ${slot + 1}</text>`);
  }
  // Labels at least 60 px apart.
  for (let ms = 0, tick = tickEvery(total, step, PLOT, 60); ms <= total; ms += tick) {
    parts.push(`<line class="grid" x1="${fixed(x(ms))}" y1="${rowsTop}" x2="${fixed(x(ms))}" y2="${rowsBottom}"/>`);
    parts.push(`<text x="${fixed(x(ms))}" y="${rowsBottom + 16}" text-anchor="middle">${ms}</text>`);
  }
  for (const span of run.spans) parts.push(svgBar(span.item, span.valid, span.start, span.end, rowsTop + span.slot * ROW, x));
  parts.push(`<line class="theory" x1="${fixed(x(run.theory.ms))}" y1="${rowsTop - 6}" x2="${fixed(x(run.theory.ms))}" y2="${rowsBottom}"><title>theory ${run.theory.ms} ms</title></line>`);
  parts.push(`<line class="measured" x1="${fixed(x(run.makespanMs))}" y1="${rowsTop - 6}" x2="${fixed(x(run.makespanMs))}" y2="${rowsBottom}"><title>measured ${fixed(run.makespanMs)} ms</title></line>`);
  parts.push('</g>');
  return parts.join('\n');
}

function svgBar(item: number, valid: boolean, start: number, end: number, y: number, x: (ms: number) => number): string {
  // One pixel short, so that a permit handed on at the instant it is released still shows as two bars.
  const [left, right] = [x(start), Math.max(x(end) - 1, x(start) + 1)];
  const tip = `item ${item} (${valid ? 'valid' : 'invalid'}): ${fixed(start)}–${fixed(end)} ms`;
  return (
    `<rect class="bar ${valid ? 'valid' : 'invalid'}" x="${fixed(left)}" y="${y + 2}" width="${fixed(right - left)}" height="${ROW - 4}" rx="2"><title>${xml(tip)}</title></rect>` +
    `<text x="${fixed(left + 4)}" y="${y + 15}" fill="#fff">${itemLabel(item)}</text>`
  );
}

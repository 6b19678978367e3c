import type { ChartSpec } from '../chart.ts';
import { charsIn, drawAxes, drawLegend, drawReferences, frameFor, type Frame, svgElement, X_LABEL_LINE } from './frame.ts';
import { colourOf } from './palette.ts';
import { valueLabel } from './ticks.ts';
import { coord, xml } from './xml.ts';

/**
 * Grouped bars: one group per category (the x values, in first-seen order), one bar per series in
 * each group, its value printed above it, so that a zero (no deadlock) still shows as a number.
 */
export function renderBarChart(spec: ChartSpec): string {
  const categories = [...new Set(spec.series.flatMap((s) => s.points.map((p) => String(p.x))))];
  const probe = frameFor(spec);
  const groupWidth = probe.plotWidth / Math.max(1, categories.length);
  const wrapped = categories.map((category) => wrapWords(category, charsIn(groupWidth - 6)));
  const frame = frameFor(spec, Math.max(1, ...wrapped.map((lines) => lines.length)));
  const barWidth = (groupWidth * 0.8) / Math.max(1, spec.series.length);
  const bars = spec.series.flatMap((series, index) =>
    series.points
      .filter((p) => Number.isFinite(p.y))
      .map((p) => {
        const x = frame.left + groupWidth * categories.indexOf(String(p.x)) + groupWidth * 0.1 + barWidth * index;
        return drawBar(frame, { x, width: barWidth, y: p.y, category: String(p.x), series: series.name, colour: colourOf(index) });
      }),
  );
  const labels = wrapped.map((lines, i) => {
    const x = coord(frame.left + groupWidth * (i + 0.5));
    const spans = lines.map((line, n) => `<tspan x="${x}" dy="${n === 0 ? 0 : X_LABEL_LINE}">${xml(line)}</tspan>`).join('');
    return `<text class="category" y="${frame.top + frame.plotHeight + 16}" text-anchor="middle">${spans}</text>`;
  });
  const body = drawAxes(frame, spec) + labels.join('') + bars.join('') + drawReferences(frame, spec) + drawLegend(frame, spec.series);
  return svgElement(frame, spec, body);
}

interface Bar {
  readonly x: number;
  readonly width: number;
  readonly y: number;
  readonly category: string;
  readonly series: string;
  readonly colour: string;
}

function drawBar(frame: Frame, bar: Bar): string {
  const zero = frame.yOf(0);
  const top = Math.min(zero, frame.yOf(bar.y));
  const height = Math.abs(zero - frame.yOf(bar.y));
  const label = valueLabel(bar.y);
  const centre = coord(bar.x + bar.width / 2);
  return (
    `<rect class="mark" data-series="${xml(bar.series)}" data-x="${xml(bar.category)}" data-y="${bar.y}" x="${coord(bar.x)}" y="${coord(top)}" width="${coord(bar.width)}" height="${coord(height)}" fill="${bar.colour}"><title>${xml(`${bar.series}, ${bar.category}: ${label}`)}</title></rect>` +
    `<text x="${centre}" y="${coord(top - 3)}" text-anchor="middle" font-size="9">${xml(label)}</text>`
  );
}

/** Split `text` at spaces into lines of at most `width` characters (a longer word keeps its own line). */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The parts every chart shares: the plot area, the y axis with round ticks, axis titles, reference
 * lines and the legend. Line and bar charts draw their marks inside the frame.
 */
import type { ChartSeries, ChartSpec } from '../chart.ts';
import { colourOf } from './palette.ts';
import { niceTicks, tickLabel } from './ticks.ts';
import { coord, xml } from './xml.ts';

const WIDTH = 680;
const PLOT_HEIGHT = 240;
const MARGIN = { left: 64, right: 20, top: 34 };
const LEGEND_ROW = 18;
const CHAR_WIDTH = 6.6;
/** Line height of x tick labels that wrap (bar charts with long category names). */
export const X_LABEL_LINE = 12;

/** Where the plot area is and how values map onto it. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly top: number;
  readonly plotWidth: number;
  readonly plotHeight: number;
  readonly yTicks: readonly number[];
  /** Lines the x tick labels take: the axis title and legend sit below them. */
  readonly xLabelLines: number;
  /** The y pixel of value `v`. */
  yOf(v: number): number;
}

/**
 * A frame for `spec`, its y axis covering every value and reference line (and 0, unless told not to),
 * with room for x tick labels of `xLabelLines` lines.
 */
export function frameFor(spec: ChartSpec, xLabelLines = 1): Frame {
  const zero = spec.kind === 'bar' || spec.zeroBased !== false ? [0] : [];
  const values = [...zero, ...spec.series.flatMap((s) => s.points.map((p) => p.y)), ...(spec.references ?? []).map((r) => r.y)].filter(Number.isFinite);
  const yTicks = niceTicks(Math.min(...values), Math.max(...values));
  const low = yTicks[0]!;
  const high = yTicks[yTicks.length - 1]!;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const height = MARGIN.top + PLOT_HEIGHT + bottomMargin(xLabelLines) + legendLayout(spec.series, plotWidth).rows * LEGEND_ROW;
  const yOf = (v: number): number => MARGIN.top + PLOT_HEIGHT - ((v - low) / (high - low)) * PLOT_HEIGHT;
  return { width: WIDTH, height, left: MARGIN.left, top: MARGIN.top, plotWidth, plotHeight: PLOT_HEIGHT, yTicks, xLabelLines, yOf };
}

/** From the x axis to the first legend row: tick labels, then the axis title. */
function bottomMargin(xLabelLines: number): number {
  return 16 + X_LABEL_LINE * (xLabelLines - 1) + 42;
}

/** Where the x axis title goes. */
function xTitleY(frame: Frame): number {
  return frame.top + frame.plotHeight + 16 + X_LABEL_LINE * (frame.xLabelLines - 1) + 20;
}

/** The title, horizontal grid lines with y tick labels, and both axis titles. */
export function drawAxes(frame: Frame, spec: ChartSpec): string {
  const right = frame.left + frame.plotWidth;
  const bottom = frame.top + frame.plotHeight;
  const grid = frame.yTicks.map((tick) => {
    const y = coord(frame.yOf(tick));
    return `<line x1="${frame.left}" x2="${right}" y1="${y}" y2="${y}" stroke="#ddd"/><text x="${frame.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${tickLabel(tick)}</text>`;
  });
  return [
    `<text class="title" x="${frame.left}" y="18" font-weight="bold">${xml(spec.title)}</text>`,
    ...grid,
    `<line x1="${frame.left}" x2="${frame.left}" y1="${frame.top}" y2="${bottom}" stroke="#333"/>`,
    `<line x1="${frame.left}" x2="${right}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`,
    `<text x="${coord(frame.left + frame.plotWidth / 2)}" y="${xTitleY(frame)}" text-anchor="middle">${xml(spec.xLabel)}</text>`,
    `<text transform="translate(14 ${coord(frame.top + frame.plotHeight / 2)}) rotate(-90)" text-anchor="middle">${xml(spec.yLabel)}</text>`,
  ].join('');
}

/** Dashed horizontal lines, labelled at their right end. */
export function drawReferences(frame: Frame, spec: ChartSpec): string {
  const right = frame.left + frame.plotWidth;
  return (spec.references ?? [])
    .map((ref) => {
      const y = coord(frame.yOf(ref.y));
      return `<g class="reference" data-y="${ref.y}"><line x1="${frame.left}" x2="${right}" y1="${y}" y2="${y}" stroke="#888" stroke-dasharray="6 4"/><text x="${right - 4}" y="${Number(y) - 4}" text-anchor="end" fill="#555" stroke="#fff" stroke-width="3" paint-order="stroke">${xml(ref.label)}</text></g>`;
    })
    .join('');
}

/** The legend under the x axis title, wrapped into rows. */
export function drawLegend(frame: Frame, series: readonly ChartSeries[]): string {
  const { items } = legendLayout(series, frame.plotWidth);
  const base = frame.top + frame.plotHeight + bottomMargin(frame.xLabelLines);
  return items
    .map(({ name, index, row, x }) => {
      const y = base + row * LEGEND_ROW;
      const dash = series[index]?.dashed ? ' stroke-dasharray="4 3"' : '';
      return `<g class="legend-item"><line x1="${frame.left + x}" x2="${frame.left + x + 16}" y1="${y - 4}" y2="${y - 4}" stroke="${colourOf(index)}" stroke-width="3"${dash}/><text x="${frame.left + x + 20}" y="${y}">${xml(name)}</text></g>`;
    })
    .join('');
}

/** How many characters fit in `width` pixels of label text. */
export function charsIn(width: number): number {
  return Math.max(4, Math.floor(width / CHAR_WIDTH));
}

function legendLayout(series: readonly ChartSeries[], width: number): { rows: number; items: { name: string; index: number; row: number; x: number }[] } {
  const items: { name: string; index: number; row: number; x: number }[] = [];
  let row = 0;
  let x = 0;
  series.forEach(({ name }, index) => {
    const size = 28 + name.length * CHAR_WIDTH;
    if (x > 0 && x + size > width) {
      row++;
      x = 0;
    }
    items.push({ name, index, row, x });
    x += size;
  });
  return { rows: series.length === 0 ? 0 : row + 1, items };
}

/** The `<svg>` element around a chart's parts, with its id and point count for readers and tests. */
export function svgElement(frame: Frame, spec: ChartSpec, body: string): string {
  const points = spec.series.reduce((sum, s) => sum + s.points.length, 0);
  return `<svg class="chart" data-chart="${xml(spec.id)}" data-kind="${spec.kind}" data-points="${points}" xmlns="http://www.w3.org/2000/svg" width="${frame.width}" height="${frame.height}" viewBox="0 0 ${frame.width} ${frame.height}" font-family="system-ui, sans-serif" font-size="11" role="img" aria-label="${xml(spec.title)}">${body}</svg>`;
}

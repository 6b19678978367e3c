import type { ChartSpec } from '../chart.ts';
import { drawAxes, drawLegend, drawReferences, frameFor, svgElement, type Frame } from './frame.ts';
import { colourOf } from './palette.ts';
import { niceTicks, tickLabel, valueLabel } from './ticks.ts';
import { coord, xml } from './xml.ts';

/** An x axis: where each value goes, and which values get a labelled tick. */
interface XAxis {
  xOf(value: number): number;
  readonly ticks: readonly number[];
}

/** A line chart of numeric x: one polyline with point markers per series. */
export function renderLineChart(spec: ChartSpec): string {
  const frame = frameFor(spec);
  const xs = spec.series.flatMap((s) => s.points.map((p) => Number(p.x))).filter(Number.isFinite);
  const axis = spec.evenX === true ? evenAxis(frame, xs) : linearAxis(frame, xs);
  const lines = spec.series.map((series, index) => {
    const points = series.points.filter((p) => Number.isFinite(Number(p.x)) && Number.isFinite(p.y));
    const xy = points.map((p) => `${coord(axis.xOf(Number(p.x)))},${coord(frame.yOf(p.y))}`).join(' ');
    const dash = series.dashed ? ' stroke-dasharray="6 4"' : '';
    const marks = points.map(
      (p) => `<circle class="mark" data-series="${xml(series.name)}" data-x="${p.x}" data-y="${p.y}" cx="${coord(axis.xOf(Number(p.x)))}" cy="${coord(frame.yOf(p.y))}" r="3.5" fill="${colourOf(index)}"><title>${xml(`${series.name}: ${tickLabel(Number(p.x))} → ${valueLabel(p.y)}`)}</title></circle>`,
    );
    const line = series.scatter === true ? '' : `<polyline points="${xy}" fill="none" stroke="${colourOf(index)}" stroke-width="2"${dash}/>`;
    return `<g class="series">${line}${marks.join('')}</g>`;
  });
  const body = drawAxes(frame, spec) + drawXTicks(frame, axis) + drawReferences(frame, spec) + lines.join('') + drawLegend(frame, spec.series);
  return svgElement(frame, spec, body);
}

function linearAxis(frame: Frame, xs: readonly number[]): XAxis {
  const ticks = niceTicks(Math.min(0, ...xs), Math.max(...xs, 1));
  const low = ticks[0]!;
  const high = ticks[ticks.length - 1]!;
  return { ticks, xOf: (v) => frame.left + ((v - low) / (high - low)) * frame.plotWidth };
}

function evenAxis(frame: Frame, xs: readonly number[]): XAxis {
  const ticks = [...new Set(xs)].sort((a, b) => a - b);
  const step = frame.plotWidth / Math.max(1, ticks.length);
  return { ticks, xOf: (v) => frame.left + step * (ticks.indexOf(v) + 0.5) };
}

function drawXTicks(frame: Frame, axis: XAxis): string {
  const bottom = frame.top + frame.plotHeight;
  return axis.ticks
    .map((tick) => {
      const x = coord(axis.xOf(tick));
      return `<line x1="${x}" x2="${x}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/><text x="${x}" y="${bottom + 16}" text-anchor="middle">${tickLabel(tick)}</text>`;
    })
    .join('');
}

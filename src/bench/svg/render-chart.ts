import type { ChartSpec } from '../chart.ts';
import { renderBarChart } from './bar-chart.ts';
import { renderLineChart } from './line-chart.ts';

/**
 * A chart as one inline `<svg>` element: no script, no external resource. The element carries
 * `data-chart` (the spec's id) and every mark `data-series`, `data-x` and `data-y`, so the numbers can
 * be read back from the page.
 */
export function renderChart(spec: ChartSpec): string {
  return spec.kind === 'bar' ? renderBarChart(spec) : renderLineChart(spec);
}

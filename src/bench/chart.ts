/** What a chart shows, as data: suites describe their charts with these, the HTML report draws them. */

/** One point. Line charts take numeric `x`; bar charts take category names. */
export interface ChartPoint {
  readonly x: number | string;
  readonly y: number;
}

/** One line, or one colour of bars. */
export interface ChartSeries {
  readonly name: string;
  readonly points: readonly ChartPoint[];
  /** Drawn dashed: a theory or a reference curve rather than a measurement. */
  readonly dashed?: boolean;
  /** Line charts: markers only, no line joining them (points that are not a curve). */
  readonly scatter?: boolean;
}

/** A horizontal line across the plot: parity (y = 1), the 2-core limit (y = 2), a tolerance. */
export interface ReferenceLine {
  readonly y: number;
  readonly label: string;
}

/** A chart of one question, drawn as inline SVG by `renderChart`. */
export interface ChartSpec {
  /** Stable id, used as the SVG's `data-chart` (tests and readers find charts by it). */
  readonly id: string;
  readonly title: string;
  readonly kind: 'line' | 'bar';
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly ChartSeries[];
  readonly references?: readonly ReferenceLine[];
  /** Line charts: let the y axis start near the data instead of at 0 (ratios close to 1). */
  readonly zeroBased?: boolean;
  /** Line charts: place the distinct x values evenly (permits 1, 2, 4, 8; work 0, 1k, 100k). */
  readonly evenX?: boolean;
  /** One sentence under the chart: how to read it. */
  readonly caption?: string;
}

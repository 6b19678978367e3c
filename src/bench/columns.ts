/** The columns of a suite's rows, written once for the terminal table and the HTML page. */
import { formatMs, formatNumber, formatParams, formatRate, formatRatio, formatRme } from './format.ts';
import type { BenchRow } from './row.ts';
import type { MetricColumn } from './suite.ts';

/** One column: its heading and how each row fills it. */
export interface RowColumn {
  readonly label: string;
  readonly cell: (row: BenchRow) => string;
  /** Whether `row` has a value here (the terminal table leaves out columns no row uses). */
  readonly present: (row: BenchRow) => boolean;
  /** Text, aligned left; numbers align right. */
  readonly left?: boolean;
}

const always = (): boolean => true;

const COMMON: readonly RowColumn[] = [
  { label: 'alternative', cell: (r) => r.name, present: always, left: true },
  { label: 'engine', cell: (r) => r.engine, present: always, left: true },
  { label: 'parameters', cell: (r) => formatParams(r.params), present: (r) => Object.keys(r.params).length > 0, left: true },
  { label: 'mean', cell: (r) => formatMs(r.mean), present: always },
  { label: 'p99', cell: (r) => formatMs(r.p99), present: always },
  { label: 'rme', cell: (r) => formatRme(r.rme), present: always },
  { label: 'throughput', cell: (r) => (r.throughput === undefined ? '' : formatRate(r.throughput)), present: (r) => r.throughput !== undefined },
  { label: 'vs baseline', cell: (r) => (r.ratio === undefined ? '' : formatRatio(r.ratio)), present: (r) => r.ratio !== undefined },
  { label: 'theory', cell: (r) => (r.theory === undefined ? '' : formatMs(r.theory)), present: (r) => r.theory !== undefined },
  { label: '÷ theory', cell: (r) => (r.ratioToTheory === undefined ? '' : formatRatio(r.ratioToTheory)), present: (r) => r.ratioToTheory !== undefined },
];

/**
 * Every column of a suite's rows: timing, throughput, the ratio to each group's baseline and to
 * theory, then the suite's own metric columns (`row.metrics[key]`, a dash where a row has none).
 */
export function rowColumns(metrics: readonly MetricColumn[]): RowColumn[] {
  return [
    ...COMMON,
    ...metrics.map(({ key, label, digits }): RowColumn => ({
      label,
      cell: (r) => formatNumber(r.metrics[key], digits),
      present: (r) => r.metrics[key] !== undefined,
    })),
  ];
}

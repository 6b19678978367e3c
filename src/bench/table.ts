import { formatMs, formatNumber, formatParams, formatRate, formatRatio, formatRme } from './format.ts';
import type { BenchRow } from './row.ts';
import type { SuiteReport } from './suite.ts';

/** One column of a terminal table. */
interface Column {
  readonly label: string;
  readonly cell: (row: BenchRow) => string;
  /** Shown only when some row has a value for it. */
  readonly present: (row: BenchRow) => boolean;
  readonly left?: boolean;
}

const always = (): boolean => true;

const COLUMNS: readonly Column[] = [
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
 * A suite's rows as an aligned text table: timing, throughput, the ratio to each group's baseline and
 * to theory, then the suite's own metric columns. Columns no row uses are left out.
 */
export function renderTable(report: SuiteReport): string {
  const metricColumns: Column[] = report.columns.map(({ key, label, digits }) => ({
    label,
    cell: (r) => formatNumber(r.metrics[key], digits),
    present: (r) => r.metrics[key] !== undefined,
  }));
  const columns = [...COLUMNS, ...metricColumns].filter((c) => report.rows.some(c.present));
  const cells = [columns.map((c) => c.label), ...report.rows.map((row) => columns.map((c) => c.cell(row)))];
  const widths = columns.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  const lines = cells.map((line) => line.map((text, i) => (columns[i]!.left ? text.padEnd(widths[i]!) : text.padStart(widths[i]!))).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return lines.join('\n');
}

/** A suite's heading, table and notes, as printed after it runs. */
export function renderSuite(report: SuiteReport): string {
  return [`\n${report.name}: ${report.question}`, '', renderTable(report), '', ...report.notes.map((note) => `• ${note}`)].join('\n');
}

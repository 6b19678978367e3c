import { rowColumns } from './columns.ts';
import type { SuiteReport } from './suite.ts';

/**
 * A suite's rows as an aligned text table: timing, throughput, the ratio to each group's baseline and
 * to theory, then the suite's own metric columns. Columns no row uses are left out.
 */
export function renderTable(report: SuiteReport): string {
  const columns = rowColumns(report.columns).filter((c) => report.rows.some(c.present));
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

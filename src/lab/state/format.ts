/** The state lab's report for people: one table row per bug pattern, then what went wrong in each. */
import type { BugDemoReport, VariantReport } from './bug-demo.ts';
import { describeOutcome } from './outcome.ts';
import type { StateLabReport } from './report.ts';

/** Long outcomes are cut so the table stays readable; the full text is in the explanation lines and `--json`. */
const CELL_WIDTH = 44;

function cell(text: string): string {
  return text.length <= CELL_WIDTH ? text : `${text.slice(0, CELL_WIDTH - 1)}…`;
}

function outcomeCell(variant: VariantReport): string {
  return `${variant.matchesExpected ? '✓' : '✗'} ${cell(describeOutcome(variant.outcome))}`;
}

function verdict(demo: BugDemoReport): string {
  if (demo.bugShown) return 'bug shown';
  return demo.correct.matchesExpected ? 'NOT shown: buggy passes' : 'FAILED: correct misses';
}

function tableLines(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((text, column) => text.padEnd(widths[column]!)).join(' | ').trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('-|-'), ...rows.slice(1).map(line)];
}

function explanationLines(demo: BugDemoReport): string[] {
  return [
    `${demo.pattern}: ${demo.bug} → ${demo.fix}`,
    `  trace:   ${demo.trace.join('; ')}`,
    `  buggy:   ${demo.buggy.explanation}`,
    `  correct: ${demo.correct.explanation}`,
  ];
}

/**
 * The report as lines for a terminal: a table (pattern, buggy outcome, correct outcome, verdict), where
 * ✓/✗ says whether an outcome matches the expected one, then each pattern's trace and explanations.
 * @param report - what {@link runStateLab} returned.
 * @returns the lines, without trailing newlines.
 */
export function formatStateLab(report: StateLabReport): string[] {
  const header = ['pattern', 'buggy outcome', 'correct outcome', 'verdict'];
  const rows = report.patterns.map((demo) => [demo.pattern, outcomeCell(demo.buggy), outcomeCell(demo.correct), verdict(demo)]);
  const summary = `${report.patterns.filter((demo) => demo.bugShown).length}/${report.patterns.length} bugs shown`;
  return [`state lab (${report.source}): each L4 bug vs its fix on the same trace`, '', ...tableLines([header, ...rows]), '', ...report.patterns.flatMap(explanationLines), '', summary];
}

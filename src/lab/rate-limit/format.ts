import type { RateLimitLabReport } from './report.ts';
import type { PolicyRun } from './run-policy.ts';
import { textTimeline } from './text-timeline.ts';
import { itemLabel } from './time-scale.ts';

const ms = (value: number): string => `${value.toFixed(1)} ms`;

/** The policy table: one row per policy, columns padded to their widest cell. */
function runTable(runs: readonly PolicyRun[]): string[] {
  const rows = [
    ['policy', 'makespan', 'theory', 'measured ÷ theory', 'permits taken', 'peak held'],
    ...runs.map((run) => [
      run.policy,
      ms(run.makespanMs),
      `${run.theory.formula} = ${run.theory.ms} ms`,
      run.ratio === null ? 'n/a' : `×${run.ratio.toFixed(2)}`,
      String(run.spans.length),
      String(run.peak),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  // Text columns to the left, numbers to the right.
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 || column === 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ')}`);
}

/**
 * The rate-limit lab for a person: the input, each policy's makespan against theory, and both
 * timelines in ASCII.
 * @returns lines without trailing newlines.
 */
export function formatRateLimitLab(report: RateLimitLabReport): string[] {
  const { input } = report;
  const source = report.runs[0].spanSource === 'tracer' ? "the tracer's permit-acquired/released events" : "each item's own stamps of its external step (the tracer does not cross threads)";
  return [
    `rate-limit lab — engine ${report.engine}, ${report.clock} clock, seed ${report.seed}`,
    `input: M = ${input.items} items (${input.invalid.length} invalid: ${input.invalid.map(itemLabel).join(' ')}), N = ${input.permits} permits, d = ${input.stepMs} ms`,
    '',
    ...runTable(report.runs),
    '',
    ...textTimeline(report),
    `bars: [<item>===] a valid item's permit, [<item>xxx] an invalid one's (all-sleep only), ':' the theory; spans from ${source}`,
  ];
}

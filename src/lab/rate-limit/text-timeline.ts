import type { PolicyRun } from './run-policy.ts';
import type { RateLimitLabReport } from './report.ts';
import { itemLabel, tickEvery, timeSpan } from './time-scale.ts';

/** Columns of the time axis. */
const WIDTH = 64;

/**
 * The two timelines in ASCII, one row per permit slot, time on the x axis. A bar is
 * `[<item>====]` for a valid item and `[<item>xxxx]` for an invalid one (all-sleep learns only after
 * its step); `:` marks the theory's makespan.
 * @returns lines without trailing newlines.
 */
export function textTimeline(report: RateLimitLabReport): string[] {
  const total = timeSpan(report);
  const column = (ms: number): number => Math.min(WIDTH, Math.max(0, Math.round((ms / total) * WIDTH)));
  return report.runs.flatMap((run) => [...runRows(run, column), axis(total, report.input.stepMs, column), '']);
}

function runRows(run: PolicyRun, column: (ms: number) => number): string[] {
  const rows = Array.from({ length: Math.max(run.slots, 1) }, () => Array.from({ length: WIDTH }, () => ' '));
  const theory = column(run.theory.ms);
  for (const row of rows) if (theory < WIDTH) row[theory] = ':';
  for (const span of run.spans) {
    const from = column(span.start);
    const to = Math.max(from + 1, column(span.end));
    bar(itemLabel(span.item), span.valid ? '=' : 'x', to - from).split('').forEach((char, i) => {
      if (from + i < WIDTH) rows[span.slot]![from + i] = char;
    });
  }
  return [`${run.policy}`, ...rows.map((row, slot) => `  permit ${String(slot + 1).padEnd(3)}|${row.join('')}|`)];
}

/** A bar `width` columns wide: as much of `[label====]` as fits. */
function bar(label: string, fill: string, width: number): string {
  if (width >= 3) return `[${label}${fill.repeat(width - 3)}]`;
  return width === 2 ? `[${label}` : label;
}

/** Tick labels at multiples of `step` ms, spaced so that labels never run into each other. */
function axis(total: number, step: number, column: (ms: number) => number): string {
  const line = Array.from({ length: WIDTH + 8 }, () => ' ');
  // Labels at least 6 columns apart.
  for (let ms = 0, tick = tickEvery(total, step, WIDTH, 6); ms <= total; ms += tick) {
    String(ms).split('').forEach((char, i) => (line[column(ms) + i] = char));
  }
  return `  ms         ${line.join('').trimEnd()}`;
}

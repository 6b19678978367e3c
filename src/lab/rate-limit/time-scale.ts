import type { RateLimitLabReport } from './report.ts';

/** The time both timelines share: up to the latest makespan, theory or span end, in whole steps. */
export function timeSpan(report: RateLimitLabReport): number {
  const latest = Math.max(...report.runs.flatMap((run) => [run.makespanMs, run.theory.ms, ...run.spans.map((span) => span.end)]));
  // Whole steps, so ticks at every multiple of d end on the edge.
  return Math.max(1, Math.ceil(latest / report.input.stepMs)) * report.input.stepMs;
}

/**
 * The spacing of a time axis' ticks: the least multiple of `step` ms that puts ticks at least `gap`
 * units apart on an axis `width` units wide showing `total` ms (units: pixels or columns).
 */
export function tickEvery(total: number, step: number, width: number, gap: number): number {
  return step * Math.max(1, Math.ceil((gap * total) / width / step));
}

/** An item's one-character label: its id in base 36 (`0`…`9`, `a`…`z`), wrapping after 36. */
export const itemLabel = (item: number): string => (item % 36).toString(36);

import { inversions, kendallTau } from '../../src/bench/order-stats.ts';
import type { OrderRun } from './orders.ts';

/**
 * What a row reports of its runs' orders: mean inversions of the returned, completed and (where the
 * alternative can tell) started orders, and the mean Kendall tau of completion order.
 */
export function orderMetrics(runs: readonly OrderRun[]): Record<string, number> {
  const started = runs.flatMap((run) => (run.started === undefined ? [] : [inversions(run.started)]));
  const metrics: Record<string, number> = {
    returnedInversions: mean(runs.map((run) => inversions(run.returned))),
    completionInversions: mean(runs.map((run) => inversions(run.completed))),
    kendallTau: mean(runs.map((run) => kendallTau(run.completed))),
  };
  if (started.length > 0) metrics.startInversions = mean(started);
  return metrics;
}

/** The mean of `values`; 0 for none. */
function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

import { inversions, kendallTau } from '../../src/bench/order-stats.ts';
import type { OrderRun } from './orders.ts';

/** Order measures summed over runs, to report their means. */
export interface OrderTally {
  readonly runs: number;
  readonly returned: number;
  readonly completed: number;
  readonly tau: number;
  readonly started: number;
  readonly startedRuns: number;
}

/** A tally of no runs. */
export const emptyOrderTally: OrderTally = { runs: 0, returned: 0, completed: 0, tau: 0, started: 0, startedRuns: 0 };

/** `tally` with one more run counted. */
export function addOrderRun(tally: OrderTally, run: OrderRun): OrderTally {
  return {
    runs: tally.runs + 1,
    returned: tally.returned + inversions(run.returned),
    completed: tally.completed + inversions(run.completed),
    tau: tally.tau + kendallTau(run.completed),
    started: tally.started + (run.started === undefined ? 0 : inversions(run.started)),
    startedRuns: tally.startedRuns + (run.started === undefined ? 0 : 1),
  };
}

/** Mean inversions (returned, completed, started) and Kendall tau of completion order over the runs. */
export function orderMetrics(tally: OrderTally): Record<string, number> {
  const runs = Math.max(1, tally.runs);
  const metrics: Record<string, number> = {
    returnedInversions: tally.returned / runs,
    completionInversions: tally.completed / runs,
    kendallTau: tally.tau / runs,
  };
  if (tally.startedRuns > 0) metrics.startInversions = tally.started / tally.startedRuns;
  return metrics;
}

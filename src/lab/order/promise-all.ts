import type { Random } from '../../core/random.ts';
import { createVirtualClock } from '../../engines/event-loop/index.ts';
import { buildOutcomeTable, type Observation } from '../outcome-table.ts';
import { completionExpectations, judgeCompletion } from './completion-order.ts';
import type { OrderExperiment } from './experiment.ts';

/** Tasks per trial: three give six completion orders, few enough to see each one in a table. */
const TASKS = 3;
/** Durations are drawn from 1…3 ms, so ties happen too (equal sleeps end in the order they began). */
const MAX_MS = 3;

/**
 * `Promise.all` over tasks of seeded random durations: the results array is always in input order,
 * whatever order the tasks finish in. On a virtual clock, so 200 trials take no wall time and the
 * completion order is exactly what the durations give.
 * @param random - the lab's seeded generator; each trial draws its durations from it.
 * @param trials - how many trials.
 */
export async function runPromiseAllExperiment(random: Random, trials: number): Promise<OrderExperiment> {
  const observations: Observation[] = [];
  for (let trial = 0; trial < trials; trial++) observations.push(await promiseAllTrial(Array.from({ length: TASKS }, () => random.int(1, MAX_MS))));
  return {
    id: 'promise-all',
    where: 'event loop, virtual clock',
    promise: 'Promise.all gives results in input order, not in completion order',
    table: buildOutcomeTable(`Promise.all of ${TASKS} tasks of 1–${MAX_MS} ms`, completionExpectations('Promise.all'), observations),
  };
}

async function promiseAllTrial(durations: readonly number[]): Promise<Observation> {
  const clock = createVirtualClock();
  const completed: number[] = [];
  const results = await Promise.all(
    durations.map(async (ms, index) => {
      await clock.sleep(ms);
      completed.push(index);
      return index;
    }),
  );
  return judgeCompletion(results, completed);
}

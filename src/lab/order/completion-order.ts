/**
 * The judgement shared by the experiments that submit tasks of different durations and collect their
 * results through promises (`Promise.all`, a piscina pool): the promises keep submission order, the
 * tasks finish in whatever order their durations give.
 */
import type { Expectation, Observation } from '../outcome-table.ts';

/** The classes of a results-vs-completion trial; `what` names the pattern in the descriptions. */
export function completionExpectations(what: string): Expectation[] {
  return [
    { id: 'in-order', class: 'ACCEPTABLE', description: `results by submission; the tasks also finished in submission order` },
    { id: 'reordered', class: 'INTERESTING', description: `results by submission; the tasks finished in another order` },
    { id: 'broken', class: 'FORBIDDEN', description: `a result out of submission order: ${what} broke its promise` },
  ];
}

/**
 * Judge one trial.
 * @param results - what the promises gave, in submission order (task `i` returns `i`).
 * @param completed - task indices in the order they finished.
 * @returns the outcome (`completed 2 0 1`) and its class.
 */
export function judgeCompletion(results: readonly number[], completed: readonly number[]): Observation {
  if (!results.every((result, index) => result === index)) return { outcome: `results ${results.join(' ')}`, expectation: 'broken' };
  const inOrder = completed.every((task, index) => task === index);
  return { outcome: `completed ${completed.join(' ')}`, expectation: inOrder ? 'in-order' : 'reordered' };
}

/** How a scenario's ops are started, on either engine. */
import type { PlannedOp, Scenario } from './scenarios.ts';

/**
 * Start the ops in the scenario's start order, all at once or each after the one before has ended.
 * @returns their outcomes by op index.
 */
export async function startAll<T>(scenario: Scenario, run: (op: PlannedOp, index: number) => Promise<T>): Promise<T[]> {
  const results = new Array<Promise<T>>(scenario.ops.length);
  for (const index of scenario.startOrder) {
    results[index] = run(scenario.ops[index]!, index);
    if (scenario.schedule === 'one-after-another') await results[index];
  }
  return Promise.all(results);
}

import { Piscina } from 'piscina';
import type { Random } from '../../core/random.ts';
import { buildOutcomeTable, type Observation } from '../outcome-table.ts';
import { completionExpectations, judgeCompletion } from './completion-order.ts';
import type { OrderExperiment } from './experiment.ts';

const TASKS = 4;
const THREADS = 2;
/** Durations are drawn from 1…6 ms: long enough that thread wake-ups (≈0.1 ms) rarely decide the order. */
const MAX_MS = 6;
const task = new URL('./sleep-task.mjs', import.meta.url).href;

/**
 * piscina's own ordering, with no conclab engine between: `TASKS` tasks of seeded random durations
 * submitted to a bare pool of `THREADS` threads. Each `pool.run` promise resolves with its own task's
 * result (submission order through `Promise.all`); the order they settle in is completion order.
 * @param random - the lab's seeded generator; each trial draws its durations from it.
 */
export async function runPiscinaExperiment(random: Random, trials: number): Promise<OrderExperiment> {
  const pool = new Piscina({ filename: task, minThreads: THREADS, maxThreads: THREADS });
  const observations: Observation[] = [];
  try {
    for (let trial = 0; trial < trials; trial++) {
      const durations = Array.from({ length: TASKS }, () => random.int(1, MAX_MS));
      observations.push(await piscinaTrial(pool, durations));
    }
  } finally {
    await pool.destroy();
  }
  return {
    id: 'piscina',
    where: `bare piscina pool, ${THREADS} threads, real time`,
    promise: "each pool.run promise resolves with its own task's result; tasks finish in any order",
    table: buildOutcomeTable(`piscina: ${TASKS} tasks of 1–${MAX_MS} ms on ${THREADS} threads`, completionExpectations('piscina'), observations),
  };
}

async function piscinaTrial(pool: Piscina, durations: readonly number[]): Promise<Observation> {
  const completed: number[] = [];
  const results = await Promise.all(
    durations.map((ms, index) =>
      (pool.run({ index, ms }) as Promise<number>).then((result) => {
        completed.push(index);
        return result;
      }),
    ),
  );
  return judgeCompletion(results, completed);
}

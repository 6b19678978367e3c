/**
 * Question: N workers, tasks of varied durations — in what order do results come back, against input
 * order (inversions, Kendall tau), how close is the makespan to the ideal schedule, and what changes
 * between a pool that returns completion order, a dispatch that writes `results[index]`, and bare
 * piscina with and without `stricterFIFO`?
 */
import { Piscina } from 'piscina';
import { createEngine } from '../src/engines/index.ts';
import { measurePrepared } from '../src/bench/measure.ts';
import type { BenchRow, RowInput } from '../src/bench/row.ts';
import { inversions } from '../src/bench/order-stats.ts';
import { listScheduleMakespan, listScheduleOrder, makespanLowerBound } from '../src/bench/schedule.ts';
import { runIfMain } from '../src/bench/standalone.ts';
import type { BenchSize, BenchSuite, SuiteContext } from '../src/bench/suite.ts';
import { startBarePool } from '../src/bench/workers/bare-piscina.ts';
import { onEachEngine } from '../src/bench/with-engine.ts';
import { taskDurations } from './worker-pool-order/durations.ts';
import { orderMetrics } from './worker-pool-order/order-metrics.ts';
import { runDispatch, runPiscina, runPool, type OrderRun } from './worker-pool-order/orders.ts';
import { summarizeOrders } from './worker-pool-order/summary.ts';

/** Tasks per run, worker counts N, and samples per row, by run size. */
const SCALES: Record<BenchSize, { tasks: number; workers: readonly number[]; iterations: number }> = {
  full: { tasks: 32, workers: [2, 4, 8], iterations: 8 },
  quick: { tasks: 16, workers: [2, 4], iterations: 3 },
  smoke: { tasks: 8, workers: [2, 4], iterations: 1 },
};

/** Time `run` and report the orders of its timed runs; the theory is the list schedule's makespan. */
async function orderRow(name: string, engine: string, durations: readonly number[], workers: number, iterations: number, run: () => Promise<OrderRun>, extra: Record<string, number> = {}): Promise<RowInput> {
  // Nothing to prepare apart: each run makes its own queue, too small to matter.
  const { timing, outcomes } = await measurePrepared(() => run, { iterations });
  return {
    ...timing,
    name,
    engine,
    params: { tasks: durations.length, N: workers },
    group: `N=${workers}`,
    baseline: name === 'pool' && engine === 'event-loop',
    units: durations.length,
    theory: listScheduleMakespan(durations, workers),
    metrics: {
      ...orderMetrics(outcomes),
      idealInversions: inversions(listScheduleOrder(durations, workers)),
      lowerBoundMs: makespanLowerBound(durations, workers),
      ...extra,
    },
  };
}

/** The pool on a virtual clock: its makespan ÷ the list schedule's (exactly 1 if the pool is right). */
async function virtualRatio(durations: readonly number[], workers: number): Promise<number> {
  const engine = createEngine('event-loop', { clock: 'virtual' });
  const start = engine.clock.now();
  await runPool(engine, durations, workers);
  return (engine.clock.now() - start) / listScheduleMakespan(durations, workers);
}

async function engineRows(durations: readonly number[], context: SuiteContext): Promise<RowInput[]> {
  const { workers, iterations } = SCALES[context.size];
  return onEachEngine(async (engine) => {
    const rows: RowInput[] = [];
    for (const n of workers) {
      context.progress(`${engine.name}: pool and dispatch, N=${n}`);
      const virtual = engine.name === 'event-loop' ? { virtualRatio: await virtualRatio(durations, n) } : {};
      rows.push(await orderRow('pool', engine.name, durations, n, iterations, () => runPool(engine, durations, n), virtual));
      rows.push(await orderRow('dispatch results[index]', engine.name, durations, n, iterations, () => runDispatch(engine, durations, n)));
    }
    return rows;
  });
}

async function piscinaRows(durations: readonly number[], context: SuiteContext): Promise<RowInput[]> {
  const { workers, iterations } = SCALES[context.size];
  const rows: RowInput[] = [];
  for (const n of workers) {
    for (const stricterFIFO of [false, true]) {
      context.progress(`piscina ${Piscina.version}${stricterFIFO ? ' stricterFIFO' : ''}: ${n} threads`);
      const pool = await startBarePool({ threads: n, stricterFIFO });
      try {
        rows.push(await orderRow(stricterFIFO ? 'piscina stricterFIFO' : 'piscina FIFO', 'piscina', durations, n, iterations, () => runPiscina(pool, durations)));
      } finally {
        await pool.destroy();
      }
    }
  }
  return rows;
}

/** The worker-pool-order suite: returned and completion order, makespan against the list schedule. */
export const workerPoolOrder: BenchSuite = {
  name: 'worker-pool-order',
  question: 'N workers, varied durations: which order comes back, and how close to the ideal schedule?',
  columns: [
    { key: 'returnedInversions', label: 'returned inv.', digits: 1 },
    { key: 'completionInversions', label: 'completion inv.', digits: 1 },
    { key: 'idealInversions', label: 'ideal inv.', digits: 0 },
    { key: 'startInversions', label: 'start inv.', digits: 1 },
    { key: 'kendallTau', label: 'tau', digits: 2 },
    { key: 'virtualRatio', label: 'virtual ÷ theory', digits: 3 },
  ],
  async run(context) {
    const durations = taskDurations(SCALES[context.size].tasks);
    return [...(await engineRows(durations, context)), ...(await piscinaRows(durations, context))];
  },
  summarize: (rows: readonly BenchRow[]) => summarizeOrders(rows, Piscina.version),
};

await runIfMain(import.meta.url, workerPoolOrder);

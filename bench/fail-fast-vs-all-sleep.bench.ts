/**
 * Question: how much does checking before the semaphore (fail-fast) save over sending every item
 * (all-sleep), and does each policy meet its theory: `ceil(valid/N)·d` against `ceil(M/N)·d`?
 */
import type { Engine } from '../src/core/engine.ts';
import { createEngine } from '../src/engines/index.ts';
import { measurePrepared } from '../src/bench/measure.ts';
import type { BenchRow, RowInput } from '../src/bench/row.ts';
import { runIfMain } from '../src/bench/standalone.ts';
import type { BenchSize, BenchSuite, SuiteContext } from '../src/bench/suite.ts';
import { onEachEngine } from '../src/bench/with-engine.ts';
import { caseGrid, makespanOf, prepareCase, STEP_MS, theoryMs, type RateCase } from './fail-fast-vs-all-sleep/cases.ts';
import { summarizeRateLimits } from './fail-fast-vs-all-sleep/summary.ts';

/** The tolerance the event loop must meet at d = 10 ms: measured ÷ theory ≤ 1.05. */
const EVENT_LOOP_TOLERANCE = 1.05;

/** M (items per call) and samples per case, by run size; the p × N × policy grid and d stay whole. */
const SCALES: Record<BenchSize, { items: number; iterations: number }> = {
  full: { items: 32, iterations: 8 },
  quick: { items: 16, iterations: 8 },
  smoke: { items: 4, iterations: 1 },
};

async function measureCase(engine: Engine, c: RateCase, iterations: number, virtualMs: number | undefined): Promise<RowInput> {
  const { timing } = await measurePrepared(() => prepareCase(engine, c), { iterations, warmupIterations: 1 });
  return {
    ...timing,
    name: c.policy,
    engine: engine.name,
    params: { M: c.items, p: c.invalidShare, N: c.permits, d: STEP_MS },
    // Side by side: each policy against all-sleep on the same engine, share and permits.
    group: `${engine.name} p=${c.invalidShare} N=${c.permits}`,
    baseline: c.policy === 'all-sleep',
    units: c.items,
    theory: theoryMs(c),
    metrics: virtualMs === undefined ? {} : { virtualMs, virtualRatio: virtualMs / theoryMs(c) },
  };
}

/** The same case on a virtual clock: instant, and exactly on theory if the runner is right. */
const virtualMakespan = (c: RateCase): Promise<number> => makespanOf(createEngine('event-loop', { clock: 'virtual' }), c);

async function rowsOn(engine: Engine, context: SuiteContext): Promise<RowInput[]> {
  const { items, iterations } = SCALES[context.size];
  await prepareCase(engine, caseGrid(items)[0]!)(); // one untimed call: warm JIT and thread pool
  const rows: RowInput[] = [];
  for (const c of caseGrid(items)) {
    context.progress(`${engine.name}: ${c.policy} p=${c.invalidShare} N=${c.permits}`);
    rows.push(await measureCase(engine, c, iterations, engine.name === 'event-loop' ? await virtualMakespan(c) : undefined));
  }
  return rows;
}

/** The fail-fast-vs-all-sleep suite: makespan and throughput of both policies against their theory. */
export const failFastVsAllSleep: BenchSuite = {
  name: 'fail-fast-vs-all-sleep',
  question: 'how much does fail-fast save over all-sleep, and does each meet its theory?',
  columns: [{ key: 'virtualRatio', label: 'virtual ÷ theory', digits: 3 }],
  run: (context) => onEachEngine((engine) => rowsOn(engine, context)),
  summarize: (rows: readonly BenchRow[]) => summarizeRateLimits(rows, EVENT_LOOP_TOLERANCE),
};

await runIfMain(import.meta.url, failFastVsAllSleep);

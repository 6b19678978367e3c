/**
 * Question: what do conclab's own primitives cost against the libraries they stand beside? async-mutex
 * `Mutex` and `Semaphore(1)` vs conclab's keyed lock; p-limit vs conclab's semaphore; bare piscina vs
 * the worker engine on the same CPU ops.
 */
import { availableParallelism } from 'node:os';
import { measure } from '../src/bench/measure.ts';
import { cpuOps, runCpuBatch } from '../src/bench/ops/cpu-batch.ts';
import type { BenchRow, ParamValue, RowInput } from '../src/bench/row.ts';
import { runIfMain } from '../src/bench/standalone.ts';
import type { BenchSize, BenchSuite, SuiteContext } from '../src/bench/suite.ts';
import { startBarePool } from '../src/bench/workers/bare-piscina.ts';
import { withEngine } from '../src/bench/with-engine.ts';
import { allAtOnce, lockContenders, oneByOne, permitContenders, piscinaChunked, piscinaPerOp } from './peers/contenders.ts';
import { summarizePeers } from './peers/summary.ts';

const THREADS = availableParallelism();

/** Tasks per lock/permit run, ops per pool batch, and samples (at least `iterations`, for `timeMs`), by run size. */
const SCALES: Record<BenchSize, { count: number; ops: number; iterations: number; timeMs: number }> = {
  full: { count: 10_000, ops: 4000, iterations: 30, timeMs: 1000 },
  quick: { count: 2000, ops: 1000, iterations: 10, timeMs: 300 },
  smoke: { count: 200, ops: 100, iterations: 3, timeMs: 0 },
};

interface Contender {
  readonly name: string;
  readonly engine: string;
  readonly run: () => Promise<unknown>;
}

/** Measure each contender of one group; the first is the baseline. */
async function groupRows(group: string, params: Record<string, ParamValue>, units: number, contenders: readonly Contender[], context: SuiteContext): Promise<RowInput[]> {
  const { iterations, timeMs } = SCALES[context.size];
  const rows: RowInput[] = [];
  for (const [i, contender] of contenders.entries()) {
    context.progress(`${group}: ${contender.name}`);
    const timing = await measure(contender.run, { iterations, timeMs });
    rows.push({ ...timing, name: contender.name, engine: contender.engine, params: { group, ...params }, group, baseline: i === 0, units, metrics: { perTaskUs: (timing.mean * 1000) / units } });
  }
  return rows;
}

async function lockRows(context: SuiteContext): Promise<RowInput[]> {
  const { count } = SCALES[context.size];
  const contenders = (pattern: typeof allAtOnce): Contender[] =>
    Object.entries(lockContenders).map(([name, make]) => ({ name, engine: 'event-loop', run: () => pattern(make(), count) }));
  return [
    ...(await groupRows('lock, all at once', { tasks: count }, count, contenders(allAtOnce), context)),
    ...(await groupRows('lock, one by one', { tasks: count }, count, contenders(oneByOne), context)),
  ];
}

async function permitRows(context: SuiteContext): Promise<RowInput[]> {
  const { count } = SCALES[context.size];
  const permits = 4;
  const contenders = Object.entries(permitContenders).map(([name, make]) => ({ name, engine: 'event-loop', run: () => allAtOnce(make(permits), count) }));
  return groupRows('permits', { tasks: count, permits }, count, contenders, context);
}

async function poolRows(context: SuiteContext): Promise<RowInput[]> {
  const { ops: count } = SCALES[context.size];
  const rows: RowInput[] = [];
  const pool = await startBarePool({ threads: THREADS });
  try {
    await withEngine('workers', { clock: 'real' }, async (workers) => {
      await withEngine('event-loop', { clock: 'real' }, async (loop) => {
        for (const work of [0, 10_000]) {
          const ops = cpuOps(count, work);
          await runCpuBatch(workers, ops); // warm the engine's threads on this module
          const contenders: Contender[] = [
            { name: 'piscina, a task per op', engine: 'piscina', run: () => piscinaPerOp(pool, ops) },
            { name: 'piscina, chunked', engine: 'piscina', run: () => piscinaChunked(pool, ops) },
            { name: 'worker engine batch', engine: 'workers', run: () => runCpuBatch(workers, ops) },
            { name: 'event-loop batch', engine: 'event-loop', run: () => runCpuBatch(loop, ops) },
          ];
          rows.push(...(await groupRows(`pool, work ${work}`, { ops: count, work, threads: THREADS }, count, contenders, context)));
        }
      });
    });
  } finally {
    await pool.destroy();
  }
  return rows;
}

/** The peers suite: conclab's primitives next to async-mutex, p-limit and bare piscina. */
export const peers: BenchSuite = {
  name: 'peers',
  question: 'what do conclab\'s primitives cost next to async-mutex, p-limit and bare piscina?',
  columns: [{ key: 'perTaskUs', label: 'µs/task', digits: 2 }],
  async run(context) {
    return [...(await lockRows(context)), ...(await permitRows(context)), ...(await poolRows(context))];
  },
  summarize: (rows: readonly BenchRow[]) => summarizePeers(rows),
};

await runIfMain(import.meta.url, peers);

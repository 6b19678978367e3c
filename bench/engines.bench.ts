/**
 * Question: when do worker threads beat the event loop? Per-op cost and throughput of both engines on
 * the same portable batch, as the batch and the CPU work per op grow: the crossover where threads
 * win, and the speedup at the top (at most the number of cores).
 */
import { availableParallelism } from 'node:os';
import type { Engine } from '../src/core/engine.ts';
import { measure } from '../src/bench/measure.ts';
import { cpuOps, runCpuBatch } from '../src/bench/ops/cpu-batch.ts';
import type { BenchRow, RowInput } from '../src/bench/row.ts';
import { runIfMain } from '../src/bench/standalone.ts';
import type { BenchSize, BenchSuite, SuiteContext } from '../src/bench/suite.ts';
import { onEachEngine } from '../src/bench/with-engine.ts';
import { summarizeEngines } from './engines/summary.ts';

const THREADS = availableParallelism();

/** Batch sizes (ops), CPU rounds per op, and samples (at least `iterations`, for `timeMs`), by run size. */
const SCALES: Record<BenchSize, { sizes: readonly number[]; works: readonly number[]; iterations: number; timeMs: number }> = {
  full: { sizes: [100, 1000, 10_000], works: [0, 100, 1_000, 10_000, 100_000, 300_000], iterations: 5, timeMs: 500 },
  quick: { sizes: [100, 1000], works: [0, 1_000, 10_000, 100_000, 300_000], iterations: 3, timeMs: 100 },
  // No work, little and much: enough for the crossover line to have both sides.
  smoke: { sizes: [100], works: [0, 1_000, 100_000], iterations: 2, timeMs: 0 },
};

async function engineRows(engine: Engine, context: SuiteContext): Promise<RowInput[]> {
  const { sizes, works, iterations, timeMs } = SCALES[context.size];
  const rows: RowInput[] = [];
  for (const size of sizes) {
    for (const work of works) {
      context.progress(`${engine.name}: ${size} ops × ${work} rounds`);
      const ops = cpuOps(size, work);
      const timing = await measure(() => runCpuBatch(engine, ops), { iterations, timeMs });
      rows.push({
        ...timing,
        name: 'cpu batch',
        engine: engine.name,
        params: { ops: size, work },
        group: `ops=${size} work=${work}`,
        baseline: engine.name === 'event-loop',
        units: size,
        metrics: { perOpUs: (timing.mean * 1000) / size },
      });
    }
  }
  return rows;
}

/** The engines suite: the same CPU batch on both engines, by batch size and work per op. */
export const engines: BenchSuite = {
  name: 'engines',
  question: 'when do worker threads beat the event loop, and by how much?',
  columns: [{ key: 'perOpUs', label: 'µs/op', digits: 2 }],
  run: (context) => onEachEngine((engine) => engineRows(engine, context)),
  summarize: (rows: readonly BenchRow[]) => summarizeEngines(rows, THREADS),
};

await runIfMain(import.meta.url, engines);

/**
 * Question: two transfers in opposite directions, A→B and B→A — how often do locks taken as given
 * deadlock, how fast is that caught, and what does the sorted order (which cannot deadlock) cost? And
 * what does one global lock cost against a lock per account? On the event loop and on threads.
 */
import type { AcquireOrder } from '../src/core/lock-table.ts';
import type { Engine } from '../src/core/engine.ts';
import { measurePrepared } from '../src/bench/measure.ts';
import type { BenchRow, RowInput } from '../src/bench/row.ts';
import { runIfMain } from '../src/bench/standalone.ts';
import type { BenchSize, BenchSuite, SuiteContext } from '../src/bench/suite.ts';
import { onEachEngine, withEngine } from '../src/bench/with-engine.ts';
import { fundedBank, lockTrial, prepareBatchTrial, type Locking } from './pair-locks/bank-trials.ts';
import { summarizePairLocks } from './pair-locks/summary.ts';
import { startTrialThreads, type TrialThreads } from './pair-locks/thread-trials.ts';
import { trialMetrics, type PreparedTrial } from './pair-locks/trial-outcome.ts';
import { mixLabel, pairsOf, type PairMix } from './pair-locks/workload.ts';

/** Bound on every acquisition of a trial: how long a deadlock the detector missed lives. */
const TIMEOUT_MS = 50;

const TRANSFERS = 1000;

/** A workload: half the transfers go B→A. */
const mix = (accounts: number, hotShare: number, transfers: number): PairMix => ({ accounts, hotShare, reverseShare: 0.5, transfers });

/** Trials per lock-table row, samples per batch row, and the workloads, by run size. */
const SCALES: Record<BenchSize, { trials: number; batchIterations: number; mixes: readonly PairMix[] }> = {
  full: { trials: 100, batchIterations: 20, mixes: [mix(2, 1, TRANSFERS), mix(8, 0.5, TRANSFERS), mix(64, 0.1, TRANSFERS)] },
  quick: { trials: 50, batchIterations: 5, mixes: [mix(2, 1, TRANSFERS), mix(64, 0.1, TRANSFERS)] },
  // Still the 2-account mix (every trial can deadlock) and a spread one, so both charts keep their bars.
  smoke: { trials: 5, batchIterations: 2, mixes: [mix(2, 1, 100), mix(64, 0.1, 100)] },
};

/** Run `count` trials (a new seed each, prepared untimed) under tinybench, counting deadlocks on the side. */
async function trialRow(name: string, engine: string, mix: PairMix, count: number, prepare: (seed: number) => PreparedTrial, extra: Record<string, number> = {}): Promise<RowInput> {
  let seed = 0;
  const { timing, outcomes } = await measurePrepared(() => prepare(++seed), { iterations: count, warmupIterations: 0 });
  return {
    ...timing,
    name,
    engine,
    params: { mix: mixLabel(mix), transfers: mix.transfers, ...extra },
    group: `${engine} ${mixLabel(mix)}`,
    baseline: name === 'sorted',
    units: mix.transfers,
    metrics: trialMetrics(outcomes),
  };
}

/** The lock-table rows (as-given, sorted) of `mix` on the event loop or on the bench's threads. */
async function lockRows(engine: Engine, threads: TrialThreads, mix: PairMix, trials: number): Promise<RowInput[]> {
  const rows: RowInput[] = [];
  for (const order of ['as-given', 'sorted'] as AcquireOrder[]) {
    const onLoop = (seed: number): PreparedTrial => {
      const bank = fundedBank(engine, mix.accounts);
      const pairs = pairsOf(mix, seed);
      return () => lockTrial(bank, pairs, order, TIMEOUT_MS);
    };
    const onThreads = (seed: number): PreparedTrial => {
      const pairs = pairsOf(mix, seed);
      return () => threads.run(pairs, mix.accounts, order, TIMEOUT_MS);
    };
    rows.push(await trialRow(order, 'event-loop', mix, trials, onLoop, { timeoutMs: TIMEOUT_MS }));
    rows.push(await trialRow(order, 'workers', mix, trials, onThreads, { timeoutMs: TIMEOUT_MS }));
  }
  return rows;
}

/** The batch rows (per-key, global) of every mix through `engine`'s batch path. */
async function batchRows(engine: Engine, mixes: readonly PairMix[], iterations: number, context: SuiteContext): Promise<RowInput[]> {
  const rows: RowInput[] = [];
  for (const mix of mixes) {
    context.progress(`${engine.name}: ${mixLabel(mix)} batches, per-key and global lock`);
    for (const locking of ['per-key', 'global'] as Locking[]) {
      const prepare = (seed: number): PreparedTrial => prepareBatchTrial(engine, mix.accounts, pairsOf(mix, seed), locking);
      await prepare(0)(); // warm the pool and JIT
      rows.push(await trialRow(`batch ${locking}`, engine.name, mix, iterations, prepare));
    }
  }
  return rows;
}

async function runPairLocks(context: SuiteContext): Promise<RowInput[]> {
  const { trials, batchIterations, mixes } = SCALES[context.size];
  const rows: RowInput[] = [];
  const threads = startTrialThreads(2);
  try {
    await withEngine('event-loop', { clock: 'real' }, async (loop) => {
      for (const mix of mixes) {
        context.progress(`${mixLabel(mix)}: ${trials} trials as-given and sorted, both engines`);
        rows.push(...(await lockRows(loop, threads, mix, trials)));
      }
    });
  } finally {
    await threads.close();
  }
  rows.push(...(await onEachEngine((engine) => batchRows(engine, mixes, batchIterations, context))));
  return rows;
}

/** The pair-locks suite: deadlock rate of as-given, cost of sorted, global vs per-key locks. */
export const pairLocks: BenchSuite = {
  name: 'pair-locks',
  question: 'A→B against B→A: how often do locks taken as given deadlock, and what do sorted locks cost?',
  columns: [
    { key: 'deadlocksPer100', label: 'deadlocks/100', digits: 0 },
    { key: 'victimsPerTrial', label: 'victims/trial', digits: 1 },
    { key: 'timeoutsPerTrial', label: 'timeouts/trial', digits: 1 },
    { key: 'detectionMs', label: 'detection ms', digits: 1 },
    { key: 'trials', label: 'trials', digits: 0 },
  ],
  run: runPairLocks,
  summarize: (rows: readonly BenchRow[]) => summarizePairLocks(rows),
};

await runIfMain(import.meta.url, pairLocks);

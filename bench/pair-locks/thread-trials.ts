/**
 * Pair-lock trials on real threads: the bench's pair-lock workers take each transfer's two locks
 * straight from an Atomics lock table, `as-given` or `sorted`, each acquisition bounded.
 */
import type { Worker } from 'node:worker_threads';
import type { AcquireOrder } from '../../src/core/lock-table.ts';
import { createLockTableView } from '../../src/engines/workers/layout.ts';
import { startWatchdog } from '../../src/lab/deadlock/watchdog.ts';
import type { PairLockOutcome, PairLockTrial } from '../../src/bench/workers/pair-lock-protocol.ts';
import { nextMessage, spawnBenchWorker } from '../../src/bench/workers/spawn.ts';
import type { TrialOutcome } from './trial-outcome.ts';
import type { Pair } from './workload.ts';

/** Threads that run trials; `close` them when done. */
export interface TrialThreads {
  readonly threads: number;
  run(pairs: readonly Pair[], accounts: number, order: AcquireOrder, timeoutMs: number): Promise<TrialOutcome>;
  close(): Promise<void>;
}

/** Start `threads` pair-lock workers, kept for every trial (starting a thread costs far more than a trial). */
export function startTrialThreads(threads: number): TrialThreads {
  const workers: Worker[] = Array.from({ length: threads }, (_, thread) => spawnBenchWorker('pair-lock-worker', { thread }));
  return {
    threads,
    run: (pairs, accounts, order, timeoutMs) => runTrial(workers, pairs, accounts, order, timeoutMs),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** One trial: transfer i goes to thread i mod threads, so both directions of a pair run at once. */
async function runTrial(workers: readonly Worker[], pairs: readonly Pair[], accounts: number, order: AcquireOrder, timeoutMs: number): Promise<TrialOutcome> {
  const shared = {
    view: createLockTableView({ slots: accounts, threads: workers.length, mode: 'plain', maxKeys: 2 }),
    balances: new Int32Array(new SharedArrayBuffer(accounts * 4)),
    barrier: new Int32Array(new SharedArrayBuffer(4)),
    threads: workers.length,
    order,
    timeoutMs,
  };
  // The deadlock lab's watchdog reads the lock words from this thread and ends a victim's wait.
  const watchdog = startWatchdog(shared.view);
  const outcomes = await Promise.all(
    workers.map((worker, thread) => {
      const answer = nextMessage<PairLockOutcome>(worker);
      worker.postMessage({ ...shared, pairs: pairs.filter((_, i) => i % workers.length === thread) } satisfies PairLockTrial);
      return answer;
    }),
  ).finally(() => watchdog.stop());
  const firsts = outcomes.flatMap((o) => (o.firstEndMs === undefined ? [] : [o.firstEndMs]));
  const victims = outcomes.reduce((sum, o) => sum + o.victims, 0);
  const timeouts = outcomes.reduce((sum, o) => sum + o.timeouts, 0);
  return firsts.length === 0 ? { victims, timeouts } : { victims, timeouts, detectionMs: Math.min(...firsts) };
}

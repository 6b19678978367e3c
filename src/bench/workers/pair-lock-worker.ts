/**
 * A worker thread that runs pair-lock trials: each trial, it waits at the barrier for the other
 * threads, then takes each of its transfers' two locks in the order asked (`as-given` can deadlock
 * against a thread taking the same pair the other way) with a bounded wait, and reports how many
 * acquisitions were ended by the dispatcher's deadlock watchdog or their timeout.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DeadlockError, WaitTimeoutError } from '../../core/errors.ts';
import { openAtomicLockTable } from '../../engines/workers/atomic-lock-table.ts';
import type { PairLockOutcome, PairLockTrial, PairLockWorkerData } from './pair-lock-protocol.ts';

const { thread } = workerData as PairLockWorkerData;

/** Wait until every thread of the trial has arrived (bounded, so a broken trial cannot hang). */
function barrier(trial: PairLockTrial): void {
  Atomics.add(trial.barrier, 0, 1);
  Atomics.notify(trial.barrier, 0);
  const limit = performance.now() + 10_000;
  for (let seen = Atomics.load(trial.barrier, 0); seen < trial.threads && performance.now() < limit; seen = Atomics.load(trial.barrier, 0)) {
    Atomics.wait(trial.barrier, 0, seen, 10);
  }
}

function runTrial(trial: PairLockTrial): PairLockOutcome {
  const locks = openAtomicLockTable(trial.view, thread);
  const { balances, order, timeoutMs } = trial;
  barrier(trial);
  const start = performance.now();
  let victims = 0;
  let timeouts = 0;
  let firstEndMs: number | undefined;
  for (const [source, target] of trial.pairs) {
    try {
      locks.withLocksSync([source, target], () => {
        balances[source]! -= 1;
        balances[target]! += 1;
      }, { order, timeoutMs });
    } catch (error) {
      // Caught by the deadlock watchdog (a DeadlockError), or, failing that, by the bounded wait.
      if (error instanceof DeadlockError) victims++;
      else if (error instanceof WaitTimeoutError) timeouts++;
      else throw error;
      firstEndMs ??= performance.now() - start;
    }
  }
  const elapsedMs = performance.now() - start;
  return firstEndMs === undefined ? { victims, timeouts, elapsedMs } : { victims, timeouts, firstEndMs, elapsedMs };
}

parentPort?.on('message', (trial: PairLockTrial) => parentPort?.postMessage(runTrial(trial)));

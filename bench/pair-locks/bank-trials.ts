/**
 * Pair-lock trials through a real Bank: on the event loop straight on its lock table (`as-given` or
 * `sorted`, each acquisition bounded and watched by the deadlock lab's detector), and on either
 * engine through the engine's batch path (Bank's per-account batch, or the same batch under one
 * global lock).
 */
import type { BatchDefinition } from '../../src/core/batch.ts';
import type { Engine } from '../../src/core/engine.ts';
import { DeadlockError, WaitAbortedError, WaitTimeoutError } from '../../src/core/errors.ts';
import { createRealClock } from '../../src/core/real-clock.ts';
import { createKeyedLockTable } from '../../src/engines/event-loop/keyed-lock-table.ts';
import { createDeadlockDetector } from '../../src/lab/deadlock/event-loop-detector.ts';
import type { AcquireOrder } from '../../src/core/lock-table.ts';
import { BankSystem } from '../../src/domains/bank/bank-system.ts';
import { bankBatch } from '../../src/domains/bank/ops.ts';
import type { BankBatchJob, BankOpResult } from '../../src/domains/bank/types.ts';
import { globalBankBatch } from '../../src/bench/ops/global-bank.ts';
import type { PreparedTrial, TrialOutcome } from './trial-outcome.ts';
import { accountName, type Pair } from './workload.ts';

/** A bank on `engine` with `accounts` funded accounts, enough for every transfer to succeed. */
export function fundedBank(engine: Engine, accounts: number): BankSystem {
  const bank = new BankSystem().useEngine(engine);
  for (let i = 0; i < accounts; i++) {
    bank.createAccount(1, accountName(i));
    bank.deposit(2, accountName(i), 1_000_000);
  }
  return bank;
}

/**
 * Every transfer at once on the event loop, each taking its two account locks in `order` with a
 * bounded wait. `as-given` deadlocks as soon as A→B and B→A each hold their first key.
 */
export async function lockTrial(bank: BankSystem, pairs: readonly Pair[], order: AcquireOrder, timeoutMs: number): Promise<TrialOutcome> {
  // A lock table of its own, traced by the deadlock lab's detector, which ends a cycle's victim at once.
  const detector = createDeadlockDetector();
  const locks = createKeyedLockTable(createRealClock(), detector);
  detector.watch(locks);
  let victims = 0;
  let timeouts = 0;
  let detectionMs: number | undefined;
  let start = 0;
  const running = pairs.map(([source, target], i) => {
    const [from, to] = [accountName(source), accountName(target)];
    const owner = `op ${i}`;
    const options = { order, timeoutMs, owner, signal: detector.signalFor(owner) };
    return locks.withLocks([from, to], () => bank.transfer(3, from, to, 1), options).catch((error: unknown) => {
      const victim = error instanceof WaitAbortedError && error.cause instanceof DeadlockError;
      if (!victim && !(error instanceof WaitTimeoutError)) throw error;
      if (victim) victims++;
      else timeouts++;
      detectionMs ??= performance.now() - start;
    });
  });
  // Timed from here, as the threads time from their barrier: the ops are made, and start to run now.
  start = performance.now();
  await Promise.all(running);
  return detectionMs === undefined ? { victims, timeouts } : { victims, timeouts, detectionMs };
}

/** Which lock keys a batch takes. */
export type Locking = 'per-key' | 'global';

const definitions: Record<Locking, BatchDefinition<BankSystem, BankBatchJob, BankOpResult>> = { 'per-key': bankBatch, global: globalBankBatch };

/**
 * The transfers as one L5 batch through `engine.runBatch` (sorted keys, as the engine always takes
 * them), on a bank of `accounts` funded accounts made here, before the trial runs. An op whose wait
 * ran out comes back as an error entry: counted as a timeout.
 */
export function prepareBatchTrial(engine: Engine, accounts: number, pairs: readonly Pair[], locking: Locking): PreparedTrial {
  const bank = fundedBank(engine, accounts);
  const operations = pairs.map(([source, target]): BankBatchJob => ({
    timestamp: 3,
    op: { type: 'transfer', source_id: accountName(source), target_id: accountName(target), amount: 1 },
  }));
  return async () => {
    const results = await engine.runBatch({ system: bank, locks: bank.account_locks, definition: definitions[locking], operations });
    return { victims: 0, timeouts: results.filter((r) => r !== null && typeof r === 'object').length };
  };
}

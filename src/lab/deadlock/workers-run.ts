/**
 * A scenario on real worker threads: one lab thread per op, a plain-mode Atomics lock table (whoever
 * gets there first; the FIFO mode's input-order tickets would themselves keep the cross-key cycles from
 * forming), the main thread's watchdog, and a lock-order checker fed the orders the threads report.
 */
import type { AcquireOrder } from '../../core/lock-table.ts';
import { createLockTableView } from '../../engines/workers/layout.ts';
import { balancesByName, openAccounts } from './accounts.ts';
import type { LabThreads } from './lab-threads.ts';
import { LockOrderChecker } from './lock-order-checker.ts';
import { deadlockReport, type ScenarioRun } from './scenario-run.ts';
import type { PlannedOp, Scenario } from './scenarios.ts';
import { startAll } from './start-all.ts';
import { CONTROL_WORDS, type ThreadTask } from './thread-protocol.ts';
import { startWatchdog } from './watchdog.ts';

/** Bound on every wait (ms): a deadlock the watchdog missed still ends, and the run with it. */
const TIMEOUT_MS = 3_000;

/**
 * Run `scenario` on `threads` (at least one per op), taking keys in `order`.
 * @returns the ops' outcomes, the deadlocks caught, the lock-order warnings and the final balances.
 * @throws RangeError when there are fewer threads than ops.
 */
export async function runOnWorkers(scenario: Scenario, order: AcquireOrder, threads: LabThreads): Promise<ScenarioRun> {
  if (threads.size < scenario.ops.length) throw new RangeError(`Expected at least ${scenario.ops.length} lab threads, got ${threads.size}`);
  const view = createLockTableView({ slots: scenario.accounts.length, threads: threads.size, mode: 'plain' });
  const balances = openAccounts(scenario, true);
  const control = new Int32Array(new SharedArrayBuffer(CONTROL_WORDS * Int32Array.BYTES_PER_ELEMENT));
  const openedAt = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)).fill(Number.NaN);
  const together = scenario.schedule === 'together';
  const slot = (account: string): number => scenario.accounts.indexOf(account);
  const task = (op: PlannedOp): ThreadTask => ({
    view, control, openedAt, balances, accounts: scenario.accounts,
    from: slot(op.from), to: slot(op.to), amount: op.amount, slots: op.keys.map(slot),
    order, parties: together ? scenario.ops.length : 0, holdMs: op.holdMs, timeoutMs: TIMEOUT_MS,
  });
  const watchdog = startWatchdog(view, { keys: scenario.accounts, nameOf: (thread) => scenario.ops[thread]?.label ?? `thread ${thread}` });
  let outcomes;
  try {
    outcomes = await startAll(scenario, (op, index) => threads.run(index, task(op)));
  } finally {
    watchdog.stop();
  }
  const checker = new LockOrderChecker();
  // What each op took, then the key it was left waiting for: the order it asked in.
  scenario.ops.forEach((op, index) => {
    const outcome = outcomes[index]!;
    checker.recordAcquisition(op.label, outcome.status === 'failed' && outcome.wanted !== null ? [...outcome.took, outcome.wanted] : outcome.took);
  });
  const opened = Number.isNaN(openedAt[0]) ? null : openedAt[0]!;
  return {
    outcomes,
    deadlocks: watchdog.detections.map(({ error, at }) => deadlockReport(error, at, opened)),
    warnings: checker.warnings,
    balances: balancesByName(scenario, balances),
  };
}

/**
 * One op on a lab thread: take the keys (as given, one at a time behind the barrier; or sorted, the
 * normal way), run the transfer, report the outcome. Every wait is bounded; a `DeadlockError` from the
 * watchdog ends the op like any other error, with its keys released.
 */
import { openAtomicLockTable, type AtomicLockTable } from '../../engines/workers/atomic-lock-table.ts';
import { sleepSync } from '../../engines/workers/sleep.ts';
import { transfer } from './accounts.ts';
import { failedOutcome } from './outcome.ts';
import { arriveAndWait } from './thread-barrier.ts';
import type { ThreadReply, ThreadTask } from './thread-protocol.ts';

/**
 * Run `task` as lab thread `thread`.
 * @returns the op's outcome; errors are part of it, never thrown.
 */
export function runThreadTask(task: ThreadTask, thread: number): ThreadReply {
  const locks = openAtomicLockTable(task.view, thread, { keys: task.accounts });
  const slots = task.order === 'as-given' ? task.slots : [...new Set(task.slots)].sort((a, b) => a - b);
  const took: string[] = [];
  try {
    const result = task.order === 'as-given' ? takeAsGiven(locks, task, took) : takeSorted(locks, task, slots, took);
    return { status: 'completed', result, took };
  } catch (error) {
    return failedOutcome(error, slots.map((slot) => nameOf(task, slot)), took);
  }
}

/** One slot at a time, nested, each held while waiting for the next; a slot named twice waits on itself. */
function takeAsGiven(locks: AtomicLockTable, task: ThreadTask, took: string[]): number | null {
  const step = (index: number): number | null => {
    const slot = task.slots[index];
    if (slot === undefined) return transfer(task.balances, task.from, task.to, task.amount);
    const holding = (): number | null => {
      took.push(nameOf(task, slot));
      if (index === 0 && task.parties > 0) arriveAndWait(task.control, task.openedAt, task.parties, task.timeoutMs);
      return step(index + 1);
    };
    return locks.withLocksSync([slot], holding, { timeoutMs: task.timeoutMs });
  };
  return step(0);
}

/** The normal path: every slot at once, sorted, each once. */
function takeSorted(locks: AtomicLockTable, task: ThreadTask, slots: readonly number[], took: string[]): number | null {
  const section = (): number | null => {
    took.push(...slots.map((slot) => nameOf(task, slot)));
    sleepSync(task.holdMs);
    return transfer(task.balances, task.from, task.to, task.amount);
  };
  return locks.withLocksSync(slots, section, { timeoutMs: task.timeoutMs });
}

function nameOf(task: ThreadTask, slot: number): string {
  return task.accounts[slot] ?? `slot ${slot}`;
}

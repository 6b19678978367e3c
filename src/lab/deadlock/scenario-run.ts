/** What running one scenario on one engine gives, whichever engine it was. */
import { describeCycle, type DeadlockError, type DeadlockLink } from '../../core/errors.ts';
import type { LockOrderWarning } from './lock-order-checker.ts';
import type { OpOutcome } from './outcome.ts';

/** A deadlock the detector caught. */
export interface DeadlockReport {
  readonly cycle: readonly DeadlockLink[];
  readonly victim: string;
  /** The cycle as a sentence: `op 0 holds "a", waits for "b"; op 1 holds "b", waits for "a"`. */
  readonly text: string;
  /**
   * From the moment the deadlock became certain (every op held its first key) to the victim's abort, in
   * ms; null when that moment is unknown. Measured and shown, never asserted: it depends on the machine.
   */
  readonly detectMs: number | null;
}

/** One scenario's run. */
export interface ScenarioRun {
  /** By op index. */
  readonly outcomes: readonly OpOutcome[];
  readonly deadlocks: readonly DeadlockReport[];
  readonly warnings: readonly LockOrderWarning[];
  /** Each account's final balance. */
  readonly balances: Readonly<Record<string, number>>;
}

/**
 * A detector's finding as report data.
 * @param at when the victim was aborted, and `openedAt` when the deadlock became certain (epoch ms).
 */
export function deadlockReport(error: DeadlockError, at: number, openedAt: number | null): DeadlockReport {
  const detectMs = openedAt === null ? null : Math.max(0, at - openedAt);
  return { cycle: error.cycle, victim: error.victim, text: describeCycle(error.cycle), detectMs };
}

/**
 * A scenario on the event-loop engine: its keyed lock table (async-mutex) on a virtual clock, traced to
 * the deadlock detector and the lock-order checker. As given, each op takes its keys one at a time
 * behind a barrier, so the cycle forms every time; sorted, each takes them the normal way, all at once.
 */
import { lockOrder, type AcquireOrder } from '../../core/lock-table.ts';
import type { Tracer } from '../../core/tracer.ts';
import { createKeyedLockTable } from '../../engines/event-loop/keyed-lock-table.ts';
import { createVirtualClock } from '../../engines/event-loop/virtual-clock.ts';
import { balancesByName, openAccounts, transfer } from './accounts.ts';
import { createBarrier } from './barrier.ts';
import { createDeadlockDetector } from './event-loop-detector.ts';
import { LockOrderChecker } from './lock-order-checker.ts';
import { failedOutcome, type OpOutcome } from './outcome.ts';
import { deadlockReport, type ScenarioRun } from './scenario-run.ts';
import type { PlannedOp, Scenario } from './scenarios.ts';
import { startAll } from './start-all.ts';
import { takeAsGiven } from './take-as-given.ts';

/** Bound on every wait, in virtual ms: a deadlock the detector missed ends here, at no wall-time cost. */
const TIMEOUT_MS = 5_000;

/**
 * Run `scenario` on the event loop, taking keys in `order`.
 * @returns the ops' outcomes, the deadlocks caught, the lock-order warnings and the final balances.
 */
export async function runOnEventLoop(scenario: Scenario, order: AcquireOrder): Promise<ScenarioRun> {
  const clock = createVirtualClock();
  const checker = new LockOrderChecker();
  const detector = createDeadlockDetector();
  const tracer: Tracer = {
    record(event) {
      checker.record(event);
      detector.record(event);
    },
  };
  const locks = createKeyedLockTable(clock, tracer);
  detector.watch(locks);
  const balances = openAccounts(scenario, false);
  const together = scenario.schedule === 'together';
  const barrier = createBarrier(together ? scenario.ops.length : 1, clock, TIMEOUT_MS);
  const slot = (account: string): number => scenario.accounts.indexOf(account);

  const run = async (op: PlannedOp): Promise<OpOutcome> => {
    const took: string[] = [];
    const section = (): number | null => transfer(balances, slot(op.from), slot(op.to), op.amount);
    // As given keeps a key named twice (the same-key demo); `lockOrder` would merge it.
    const keys = order === 'as-given' ? op.keys : lockOrder(op.keys);
    // Sorted: all keys at once, held a moment so that the ops still contend.
    const holding = async (): Promise<number | null> => {
      took.push(...keys);
      await clock.sleep(op.holdMs);
      return section();
    };
    try {
      const result =
        order === 'as-given'
          ? await takeAsGiven(locks, keys, section, {
              owner: op.label,
              timeoutMs: TIMEOUT_MS,
              signalFor: (owner) => detector.signalFor(owner),
              onTaken: (key) => took.push(key),
              ...(together && { afterFirst: () => barrier.arrive() }),
            })
          : await locks.withLocks(keys, holding, { owner: op.label, timeoutMs: TIMEOUT_MS, signal: detector.signalFor(op.label) });
      return { status: 'completed', result, took };
    } catch (error) {
      return failedOutcome(error, keys, took);
    }
  };

  const outcomes = await startAll(scenario, run);
  return {
    outcomes,
    deadlocks: detector.detections.map(({ error, at }) => deadlockReport(error, at, together ? barrier.openedAt : null)),
    warnings: checker.warnings,
    balances: balancesByName(scenario, balances),
  };
}

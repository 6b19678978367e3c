import { describe, expect, it } from 'vitest';
import type { Tracer } from '../../../src/core/tracer.ts';
import { createKeyedLockTable } from '../../../src/engines/event-loop/keyed-lock-table.ts';
import { createVirtualClock } from '../../../src/engines/event-loop/virtual-clock.ts';
import { LockOrderChecker } from '../../../src/lab/deadlock/lock-order-checker.ts';

/** A lock table traced by `checker`, on a virtual clock. */
function tracedTable(checker: Tracer) {
  const clock = createVirtualClock();
  return { clock, locks: createKeyedLockTable(clock, checker) };
}

describe('LockOrderChecker', () => {
  it('flags A→B and B→A in a run that did not deadlock: A→B completes before B→A starts', async () => {
    const checker = new LockOrderChecker();
    const { clock, locks } = tracedTable(checker);
    await locks.withLocks(['a', 'b'], () => clock.sleep(1), { order: 'as-given', owner: 'op 0' });
    expect(checker.warnings).toEqual([]);
    await locks.withLocks(['b', 'a'], () => clock.sleep(1), { order: 'as-given', owner: 'op 1' });
    expect(checker.warnings).toEqual([
      {
        edges: [
          { before: 'a', after: 'b', owner: 'op 0' },
          { before: 'b', after: 'a', owner: 'op 1' },
        ],
        text: 'lock-order inversion: "a" then "b" (op 0), "b" then "a" (op 1)',
      },
    ]);
  });

  it('learns orders from nested acquisitions too: a key taken while another is held', async () => {
    const checker = new LockOrderChecker();
    const { locks } = tracedTable(checker);
    await locks.withLocks(['a'], () => locks.withLocks(['b'], () => null, { owner: 'op 0' }), { owner: 'op 0' });
    await locks.withLocks(['b'], () => locks.withLocks(['a'], () => null, { owner: 'op 1' }), { owner: 'op 1' });
    expect(checker.warnings.map((warning) => warning.text)).toEqual(['lock-order inversion: "a" then "b" (op 0), "b" then "a" (op 1)']);
  });

  it('stays quiet when every op takes its keys sorted, in whatever direction it transfers', async () => {
    const checker = new LockOrderChecker();
    const { clock, locks } = tracedTable(checker);
    await Promise.all([
      locks.withLocks(['a', 'b'], () => clock.sleep(1), { owner: 'op 0' }),
      locks.withLocks(['b', 'a'], () => clock.sleep(1), { owner: 'op 1' }),
      locks.withLocks(['c', 'a'], () => clock.sleep(1), { owner: 'op 2' }),
    ]);
    expect(checker.warnings).toEqual([]);
  });

  it('flags a cycle of three orders that no two ops share', () => {
    const checker = new LockOrderChecker();
    checker.recordAcquisition('op 0', ['a', 'b']);
    checker.recordAcquisition('op 1', ['b', 'c']);
    expect(checker.warnings).toEqual([]);
    checker.recordAcquisition('op 2', ['c', 'a']);
    expect(checker.warnings.map((warning) => warning.text)).toEqual([
      'lock-order inversion: "a" then "b" (op 0), "b" then "c" (op 1), "c" then "a" (op 2)',
    ]);
  });

  it('flags a key taken again by its holder: the lock is not re-entrant', () => {
    const checker = new LockOrderChecker();
    checker.recordAcquisition('op 4', ['x', 'x']);
    expect(checker.warnings).toEqual([
      { edges: [{ before: 'x', after: 'x', owner: 'op 4' }], text: 'op 4 takes "x" while it already holds it: the lock is not re-entrant' },
    ]);
  });

  it('warns once per new disagreement, not again for orders it has seen', () => {
    const checker = new LockOrderChecker();
    for (let round = 0; round < 3; round++) {
      checker.recordAcquisition('op 0', ['a', 'b']);
      checker.recordAcquisition('op 1', ['b', 'a']);
    }
    expect(checker.warnings).toHaveLength(1);
  });

  it('forgets what an owner held once it releases it', async () => {
    const checker = new LockOrderChecker();
    const { locks } = tracedTable(checker);
    await locks.withLocks(['a'], () => null, { owner: 'op 0' });
    await locks.withLocks(['b'], () => null, { owner: 'op 0' });
    checker.recordAcquisition('op 1', ['b', 'a']);
    expect(checker.warnings).toEqual([]);
  });
});

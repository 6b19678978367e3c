import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engines/index.ts';
import { fundedBank, lockTrial } from '../../bench/pair-locks/bank-trials.ts';
import { startTrialThreads, type TrialThreads } from '../../bench/pair-locks/thread-trials.ts';
import { pairsOf, type PairMix } from '../../bench/pair-locks/workload.ts';

/** Two accounts, half the transfers each way: the same two-key cycle forms again and again. */
const HOT_PAIR: PairMix = { accounts: 2, hotShare: 1, reverseShare: 0.5, transfers: 400 };
/** Long enough that a cycle left to its bounded wait shows as a timeout, not as a slow victim. */
const TIMEOUT_MS = 5_000;

describe('pair-lock trials: every deadlock ended by the detector, none left to the bounded wait', () => {
  it('event loop: as-given transfers keep deadlocking after each hand-off, and each cycle is caught', async () => {
    const loop = createEngine('event-loop', { clock: 'real' });
    for (let seed = 1; seed <= 5; seed++) {
      const bank = fundedBank(loop, HOT_PAIR.accounts);
      const outcome = await lockTrial(bank, pairsOf(HOT_PAIR, seed), 'as-given', TIMEOUT_MS);
      expect(outcome.timeouts).toBe(0);
      expect(outcome.victims).toBeGreaterThan(0);
      // Exactly once: every transfer that was not a victim moved 1, each victim moved nothing.
      const moved = bank.topSpenders(4, 2).reduce((sum, entry) => sum + Number(/\((\d+)\)$/.exec(entry)![1]), 0);
      expect(moved).toBe(HOT_PAIR.transfers - outcome.victims);
      // And conserved: a deposit of 1 returns each balance plus 1.
      const total = ['acct0', 'acct1'].reduce((sum, id) => sum + bank.deposit(5, id, 1)! - 1, 0);
      expect(total).toBe(2 * 1_000_000);
    }
  });

  describe('worker threads', () => {
    let threads: TrialThreads;
    beforeAll(() => {
      threads = startTrialThreads(2);
    });
    afterAll(() => threads.close());

    it('the watchdog catches the same two threads deadlocking on the same keys again within one poll', async () => {
      let victims = 0;
      for (let seed = 1; seed <= 40; seed++) {
        const outcome = await threads.run(pairsOf(HOT_PAIR, seed), HOT_PAIR.accounts, 'as-given', TIMEOUT_MS);
        expect(outcome.timeouts).toBe(0);
        victims += outcome.victims;
      }
      // Opposite directions on one pair deadlock in a good share of trials: the check above was exercised.
      expect(victims).toBeGreaterThan(0);
    });

    it('sorted order never deadlocks', async () => {
      for (let seed = 1; seed <= 20; seed++) {
        expect(await threads.run(pairsOf(HOT_PAIR, seed), HOT_PAIR.accounts, 'sorted', TIMEOUT_MS)).toEqual({ victims: 0, timeouts: 0 });
      }
    });
  });
});

import { describe, expect, it } from 'vitest';
import { runDeadlockLab } from '../../../src/lab/deadlock/index.ts';
import { expectAsGivenRun, expectSortedRun } from './expect-run.ts';

const SEEDS = Array.from({ length: 100 }, (_, i) => i + 1);

describe('the deadlock lab on the event loop', () => {
  it('catches every deadlocking scenario, as given, on 100 seeds, ending only the victim', async () => {
    for (const seed of SEEDS) {
      const report = await runDeadlockLab({ engine: 'event-loop', seed, fix: false });
      expectAsGivenRun(report.scenarios);
      expect(report.caught).toBe(3);
    }
  });

  it('raises no false alarm with sorted order on the same 100 seeds: every op completes', async () => {
    for (const seed of SEEDS) {
      const report = await runDeadlockLab({ engine: 'event-loop', seed, fix: true });
      expectSortedRun(report.scenarios);
      expect(report).toMatchObject({ caught: 0, warnings: 0, exitCode: 0 });
    }
  });

  it('gives the same report for the same seed, times aside', async () => {
    const withoutTimes = async (seed: number): Promise<unknown> => {
      const report = await runDeadlockLab({ engine: 'event-loop', seed, fix: false });
      return JSON.parse(JSON.stringify(report, (key, value: unknown) => (key === 'detectMs' ? null : value)));
    };
    expect(await withoutTimes(42)).toEqual(await withoutTimes(42));
  });
});

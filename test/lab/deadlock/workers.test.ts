import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlockLab, startLabThreads, type LabThreads } from '../../../src/lab/deadlock/index.ts';
import { expectAsGivenRun, expectSortedRun } from './expect-run.ts';

// Each seed is its own test: a few ms on warm threads, so any one that hangs stands out by name.
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

describe('the deadlock lab on worker threads', () => {
  let threads: LabThreads;
  // Started once: a thread that loads TypeScript takes a few hundred ms; a scenario, a few.
  beforeAll(() => {
    threads = startLabThreads(3);
  });
  afterAll(() => threads.close());

  it.each(SEEDS)('seed %i, as given: real threads deadlock and the watchdog catches each cycle', async (seed) => {
    const report = await runDeadlockLab({ engine: 'workers', seed, fix: false }, threads);
    expectAsGivenRun(report.scenarios);
    expect(report).toMatchObject({ caught: 3, exitCode: 3 });
  });

  it.each(SEEDS)('seed %i, sorted: no false alarm, every op completes', async (seed) => {
    const report = await runDeadlockLab({ engine: 'workers', seed, fix: true }, threads);
    expectSortedRun(report.scenarios);
    expect(report).toMatchObject({ caught: 0, warnings: 0, exitCode: 0 });
  });

  it('names the victim thread in its own DeadlockError, as the watchdog names its op', async () => {
    const report = await runDeadlockLab({ engine: 'workers', seed: 3, fix: false }, threads);
    const twoCycle = report.scenarios.find((scenario) => scenario.name === 'two-cycle')!;
    const victim = twoCycle.deadlocks[0]!.victim;
    const failed = twoCycle.outcomes[Number(victim.replace('op ', ''))]!;
    expect(failed.status === 'failed' && failed.error.message).toMatch(new RegExp(`; thread ${victim.replace('op ', '')} gives up$`));
  });
});

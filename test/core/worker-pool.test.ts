import { describe, expect, it } from 'vitest';
import { Random } from '../../src/core/random.ts';
import { runWorkerPool, type WorkerPoolDefinition } from '../../src/core/worker-pool.ts';
import { engineFactories } from './engine-factory.ts';

interface Job {
  readonly id: number;
  readonly duration: number;
}

/** A queue of jobs with a run count per job, to check exactly-once. */
class JobBoard {
  readonly queued: Job[];
  readonly runs = new Map<number, number>();
  readonly finishedAt = new Map<number, number>();

  constructor(jobs: Job[]) {
    this.queued = [...jobs];
  }
}

const board: WorkerPoolDefinition<JobBoard, Job> = {
  pick: (b) => b.queued.shift() ?? null,
  work: async (b, job, clock) => {
    b.runs.set(job.id, (b.runs.get(job.id) ?? 0) + 1);
    await clock.sleep(job.duration);
    b.finishedAt.set(job.id, clock.now());
  },
  complete: () => {},
};

describe.each(engineFactories)('worker pool on %s', (_name, make) => {
  it('runs every task exactly once and returns them in completion order', async () => {
    for (let seed = 1; seed <= 30; seed++) {
      const random = new Random(seed);
      const jobs = Array.from({ length: 25 }, (_, id) => ({ id, duration: random.int(1, 20) }));
      const { engine, clock } = make();
      const system = new JobBoard(jobs);
      const done = await runWorkerPool(engine.createLockTable(), clock, system, board, random.int(1, 5));
      expect(done.map((j) => j.id).sort((a, b) => a - b)).toEqual(jobs.map((j) => j.id));
      expect([...system.runs.values()].every((n) => n === 1)).toBe(true);
      const finish = done.map((j) => system.finishedAt.get(j.id)!);
      expect(finish).toEqual([...finish].sort((a, b) => a - b));
    }
  });

  it('works outside the lock: N workers finish N equal jobs in one job time', async () => {
    const { engine, clock } = make();
    const jobs = Array.from({ length: 4 }, (_, id) => ({ id, duration: 10 }));
    await runWorkerPool(engine.createLockTable(), clock, new JobBoard(jobs), board, 4);
    expect(clock.now()).toBe(10);
  });

  it('returns nothing and runs nothing with no workers', async () => {
    const { engine, clock } = make();
    const system = new JobBoard([{ id: 1, duration: 1 }]);
    await expect(runWorkerPool(engine.createLockTable(), clock, system, board, 0)).resolves.toEqual([]);
    expect(system.queued).toHaveLength(1);
  });
});

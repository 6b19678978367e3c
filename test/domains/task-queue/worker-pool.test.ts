import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { Random } from '../../../src/core/random.ts';
import { randomScenario, seedScenario } from '../../../src/domains/task-queue/descriptor.ts';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';
import type { Clock } from '../../../src/core/clock.ts';
import { createRealClock } from '../../../src/engines/event-loop/index.ts';
import { boundQueue } from './harness.ts';

type Spec = [id: string, priority: number, deps?: string[]];

function queueOf(specs: Spec[]): TaskQueue {
  const queue = new TaskQueue();
  for (const [id, priority, deps = []] of specs) queue.addTaskWithDeps(0, id, priority, deps);
  return queue;
}

async function run(specs: Spec[] | TaskQueue, workers: number, onClock?: Clock) {
  const { queue, clock } = boundQueue(Array.isArray(specs) ? queueOf(specs) : specs, onClock);
  const order = await queue.runWorkers(0, workers);
  return { order, elapsed: clock.now(), queue };
}

/**
 * The pool as the manual's asyncio runs it, with the sync L1–L4 methods: workers pick in index order;
 * then, as each 10 ms of work ends (in the order it started), that worker completes its task and at
 * once picks the next, before the next finisher is handled; a worker that finds nothing stops.
 */
function referencePool(queue: TaskQueue, workers: number): string[] {
  const order: string[] = [];
  const inFlight: string[] = []; // equal work times: finish order is start order
  for (let worker = 0; worker < workers; worker++) {
    const taskId = queue.getNextTask(0);
    if (taskId !== '') inFlight.push(taskId);
  }
  for (let taskId = inFlight.shift(); taskId !== undefined; taskId = inFlight.shift()) {
    queue.completeTask(0, taskId);
    order.push(taskId);
    const next = queue.getNextTask(0);
    if (next !== '') inFlight.push(next);
  }
  return order;
}

const vectorA: Spec[] = [['a', 5], ['b', 3], ['c', 1], ['d', 1]];
const vectorB: Spec[] = [['單1', 5], ['單2', 5, ['單1']], ['單3', 5], ['單4', 5, ['單2', '單3']]];
const vectorC: Spec[] = [['a', 1], ['b', 9, ['a']], ['c', 9, ['b']]];
const vectorD: Spec[] = [['a', 1], ['b', 1, ['a']], ['c', 2, ['a']], ['d', 1, ['b', 'c']], ['e', 0]];

function vectorE(): TaskQueue {
  const queue = new TaskQueue();
  queue.addTask(0, 'x', 1);
  queue.addTask(0, 'y', 1);
  queue.startTask(0, 'y');
  queue.addTaskWithDeps(0, 'z', 1, ['ghost']);
  queue.addTask(0, 'w', 1);
  queue.configureRetry(1, 10);
  queue.addTask(0, 'r', 1);
  queue.startTask(0, 'r');
  queue.failTask(0, 'r');
  return queue;
}

describe('TaskQueue L5: worker pool (derived vectors)', () => {
  it('A: runs independent tasks by priority with 1, 2 and 3 workers', async () => {
    for (const workers of [1, 2, 3]) expect((await run(vectorA, workers)).order).toEqual(['a', 'b', 'c', 'd']);
  });

  it('A: takes 40 ms with one worker and 20 ms with two (virtual clock)', async () => {
    expect((await run(vectorA, 1)).elapsed).toBe(40);
    expect((await run(vectorA, 2)).elapsed).toBe(20);
  });

  it('B: processes the manual graph in dependency order', async () => {
    expect((await run(vectorB, 1)).order).toEqual(['單1', '單2', '單3', '單4']);
    expect((await run(vectorB, 2)).order).toEqual(['單1', '單3', '單2', '單4']);
    expect((await run(vectorB, 3)).order).toEqual(['單1', '單3', '單2', '單4']);
  });

  it('C: runs a chain one after another whatever the pool size', async () => {
    for (const workers of [1, 2, 3, 4]) expect((await run(vectorC, workers)).order).toEqual(['a', 'b', 'c']);
  });

  it('D: picks up work unblocked by a finishing worker', async () => {
    expect((await run(vectorD, 1)).order).toEqual(['a', 'c', 'b', 'd', 'e']);
    expect((await run(vectorD, 2)).order).toEqual(['a', 'e', 'c', 'b', 'd']);
    expect((await run(vectorD, 3)).order).toEqual(['a', 'e', 'c', 'b', 'd']);
  });

  it('E: leaves processing, blocked and retry-scheduled tasks alone', async () => {
    for (const workers of [1, 2, 3]) {
      const { order, queue } = await run(vectorE(), workers);
      expect(order).toEqual(['x', 'w']);
      expect([queue.getTaskStatus(0, 'y'), queue.getTaskStatus(0, 'z'), queue.getTaskStatus(0, 'r')]).toEqual(['PROCESSING', 'QUEUED', 'RETRY_SCHEDULED']);
    }
  });

  it('returns [] and changes nothing for zero or negative workers', async () => {
    for (const workers of [0, -3]) {
      const queue = vectorE();
      const before = deepCopy(queue.tasks);
      expect((await run(queue, workers)).order).toEqual([]);
      expect(queue.tasks).toEqual(before);
    }
  });

  it('spec trace: t1, t2, t3 with two workers finish in order', async () => {
    expect((await run([['t1', 1], ['t2', 1], ['t3', 1]], 2)).order).toEqual(['t1', 't2', 't3']);
  });

  it('spec trace: a blocked task is picked once its dependency completes', async () => {
    expect((await run([['a', 1], ['b', 1, ['a']], ['c', 1]], 2)).order).toEqual(['a', 'c', 'b']);
  });

  describe('a finishing worker picks its next task before the next finisher completes, as asyncio does', () => {
    // Python 3.11: at 10 ms W0 completes a and picks c (d still waits on b); then W1 completes b and
    // picks d. A pool that completes both first would pick d (priority 9) before c.
    const board: Spec[] = [['a', 5], ['b', 5], ['c', 1], ['d', 9, ['b']]];
    const python = ['a', 'b', 'c', 'd'];

    it('holds on real timers (results only, no time asserted)', async () => {
      expect((await run(board, 2, createRealClock())).order).toEqual(python);
    });

    it('holds on the virtual clock, where both finish at exactly 10 ms', async () => {
      expect((await run(board, 2)).order).toEqual(python);
    });
  });

  it('returns [] for an empty board', async () => {
    expect((await run([], 3)).order).toEqual([]);
  });

  function seededBoard(seed: number) {
    const input = randomScenario(new Random(seed), new Random(seed).int(0, 40));
    const [pooled, reference] = [new TaskQueue(), new TaskQueue()];
    seedScenario(pooled, input);
    seedScenario(reference, input);
    return { input, pooled, reference };
  }

  it('matches the sequential reference on 200 seeded boards', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { input, pooled, reference } = seededBoard(seed);
      const order = (await run(pooled, input.workers)).order;
      expect({ seed, order }).toEqual({ seed, order: referencePool(reference, input.workers) });
      expect(pooled.tasks).toEqual(reference.tasks);
    }
  });

  it('matches the sequential reference with one worker on 200 seeded boards', async () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { pooled, reference } = seededBoard(seed);
      const order = (await run(pooled, 1)).order;
      expect({ seed, order }).toEqual({ seed, order: referencePool(reference, 1) });
      expect(pooled.tasks).toEqual(reference.tasks);
    }
  });

  it('never has two workers on one task and stays within the worker count', async () => {
    const { queue, clock } = boundQueue(queueOf(Array.from({ length: 9 }, (_, i): Spec => [`t${i}`, i % 3])));
    const order = await queue.runWorkers(0, 4);
    expect(new Set(order).size).toBe(9);
    expect(clock.now()).toBe(30); // ceil(9 / 4) waves of 10 ms
    expect(queue.getTasksByStatus(0, 'COMPLETED')).toHaveLength(9);
  });
});

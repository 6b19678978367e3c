import { describe, expect, it } from 'vitest';
import type { ExternalItemDefinition } from '../../../src/core/rate-limited.ts';
import { Runtime } from '../../../src/core/runtime.ts';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';
import { createEventLoopEngine } from '../../../src/engines/event-loop/index.ts';
import { boundQueue, permitsTaken } from './harness.ts';

/** t1..t5 added; t1, t3, t5 completed; t2 processing; t4 queued (the derived L6 run). */
function fiveTasks() {
  const bound = boundQueue();
  const { queue } = bound;
  for (const id of ['t1', 't2', 't3', 't4', 't5']) queue.addTask(0, id, 1);
  for (const id of ['t1', 't3', 't5', 't2']) queue.startTask(0, id);
  for (const id of ['t1', 't3', 't5']) queue.completeTask(0, id);
  return bound;
}

describe('TaskQueue L6: fail-fast external dispatch', () => {
  it('dispatches only COMPLETED tasks, in input order', async () => {
    const { queue } = fiveTasks();
    expect(await queue.dispatchExternal(10, ['t1', 't2', 't3', 't4', 't5'], 2)).toEqual([true, false, true, false, true]);
    expect(queue.getTasksByStatus(11, 'DISPATCHED')).toEqual(['t1', 't3', 't5']);
    expect([queue.getTaskStatus(11, 't2'), queue.getTaskStatus(11, 't4')]).toEqual(['PROCESSING', 'QUEUED']);
  });

  it('takes ceil(valid / N) × 10 ms and one permit per valid item (the manual timing example)', async () => {
    const { queue, clock, tracer } = fiveTasks();
    await queue.dispatchExternal(10, ['t1', 't2', 't3', 't4', 't5'], 2);
    expect(clock.now()).toBe(20);
    expect(permitsTaken(tracer)).toBe(3);
  });

  it('fails already-dispatched and missing ids at once, with no permit and no time', async () => {
    const { queue, clock, tracer } = fiveTasks();
    await queue.dispatchExternal(10, ['t1', 't2', 't3', 't4', 't5'], 2);
    const [start, permits] = [clock.now(), permitsTaken(tracer)];
    expect(await queue.dispatchExternal(12, ['t1', 'zz'], 2)).toEqual([false, false]);
    expect(clock.now()).toBe(start);
    expect(permitsTaken(tracer)).toBe(permits);
  });

  it('passes a COMPLETED id listed three times three times, since every check runs before any sleep ends', async () => {
    const { queue, clock, tracer } = boundQueue();
    queue.addTask(0, 'a', 1);
    queue.startTask(0, 'a');
    queue.completeTask(0, 'a');
    expect(await queue.dispatchExternal(1, ['a', 'a', 'a'], 1)).toEqual([true, true, true]);
    expect(queue.getTaskStatus(2, 'a')).toBe('DISPATCHED');
    expect([clock.now(), permitsTaken(tracer)]).toEqual([30, 3]);
  });

  it('returns [] for an empty list', async () => {
    const { queue, clock } = boundQueue();
    expect(await queue.dispatchExternal(1, [], 1)).toEqual([]);
    expect(clock.now()).toBe(0);
  });

  it('blocks dependents of a dispatched task, since only COMPLETED satisfies a dependency', async () => {
    const { queue } = boundQueue();
    queue.addTask(0, 'build', 1);
    queue.addTaskWithDeps(0, 'deploy', 1, ['build']);
    queue.getNextTask(0);
    queue.completeTask(0, 'build');
    expect(queue.getReadyTasks(0)).toEqual(['deploy']);
    await queue.dispatchExternal(1, ['build'], 1);
    expect(queue.getBlockedTasks(2)).toEqual(['deploy']);
  });

  it('runs all valid items at once when permits exceed them', async () => {
    const { queue, clock } = fiveTasks();
    await queue.dispatchExternal(10, ['t1', 't3', 't5'], 10);
    expect(clock.now()).toBe(10);
  });

  it('would take 30 ms and five permits as an all-sleep dispatch (the manual contrast)', async () => {
    const { queue, clock, tracer } = fiveTasks();
    // The all-sleep shape the manual warns about: every item sleeps, the check comes after.
    const allSleep: ExternalItemDefinition<TaskQueue, string, boolean> = {
      keys: (id) => [id],
      external: (_queue, _id, { clock: c }) => c.sleep(10),
      after: (q, id) => q.getTaskStatus(10, id) === 'COMPLETED',
    };
    const runtime = new Runtime();
    runtime.use(createEventLoopEngine({ clock, tracer }));
    const results = await runtime.rateLimited(queue, allSleep, 'all-sleep', ['t1', 't2', 't3', 't4', 't5'], 2);
    expect(results).toEqual([true, false, true, false, true]);
    expect([clock.now(), permitsTaken(tracer)]).toEqual([30, 5]);
  });
});

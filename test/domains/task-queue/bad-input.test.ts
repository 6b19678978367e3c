import { describe, expect, it } from 'vitest';
import { deepCopy } from '../../../src/core/dict.ts';
import { InvalidInputError } from '../../../src/core/errors.ts';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';
import { boundQueue } from './harness.ts';

/** A board with every status, so a stray change would show. */
function busyQueue(): TaskQueue {
  const { queue } = boundQueue();
  queue.addTask(0, 'done', 3);
  queue.addTaskWithDeps(0, 'waits', 2, ['done']);
  queue.addTask(0, 'queued', 1);
  queue.startTask(0, 'done');
  queue.completeTask(0, 'done');
  return queue;
}

/** A value of the wrong type, passed where the signature forbids it. */
const bad = <T>(value: unknown): T => value as T;

const cases: ReadonlyArray<readonly [name: string, field: string, call: (queue: TaskQueue) => unknown]> = [
  ['a non-integer timestamp', 'timestamp', (q) => q.addTask(1.5, 'x', 1)],
  ['a non-string task id', 'taskId', (q) => q.addTask(0, bad(42), 1)],
  ['a string priority', 'priority', (q) => q.addTask(0, 'x', bad('5'))],
  ['a missing task id', 'taskId', (q) => q.getTaskStatus(0, bad(undefined))],
  ['dependencies that are not an array', 'dependencies', (q) => q.addTaskWithDeps(0, 'x', 1, bad('done'))],
  ['a non-string dependency', 'dependencies', (q) => q.addTaskWithDeps(0, 'x', 1, bad(['done', 7]))],
  ['a string max retry count', 'maxRetries', (q) => q.configureRetry(bad('2'), 100)],
  ['a fractional backoff', 'baseBackoffMs', (q) => q.configureRetry(2, 0.5)],
  ['a null status', 'status', (q) => q.getTasksByStatus(0, bad(null))],
  ['a NaN timestamp for retries', 'timestamp', (q) => q.processRetries(Number.NaN)],
  ['a fractional worker count', 'numWorkers', (q) => q.runWorkers(0, 1.5)],
  ['a string timestamp for the pool', 'timestamp', (q) => q.runWorkers(bad('0'), 2)],
  ['maxConcurrent 0', 'maxConcurrent', (q) => q.dispatchExternal(0, ['done'], 0)],
  ['maxConcurrent 1.5', 'maxConcurrent', (q) => q.dispatchExternal(0, ['done'], 1.5)],
  ['task ids that are not an array', 'taskIds', (q) => q.dispatchExternal(0, bad('done'), 1)],
  ['a non-string id after a valid one', 'taskIds', (q) => q.dispatchExternal(0, bad(['done', null]), 1)],
];

describe('TaskQueue bad input', () => {
  it.each(cases)('rejects %s, naming `%s`, and changes nothing', async (_name, field, call) => {
    const queue = busyQueue();
    const before = deepCopy({ tasks: queue.tasks, counters: [queue.add_counter, queue.max_retries, queue.base_backoff_ms] });
    const attempt = async (): Promise<unknown> => call(queue);
    const error: unknown = await attempt().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe(field);
    expect((error as InvalidInputError).index).toBeUndefined();
    expect({ tasks: queue.tasks, counters: [queue.add_counter, queue.max_retries, queue.base_backoff_ms] }).toEqual(before);
  });

  it('accepts what the spec accepts: negative workers, missing ids, odd statuses, negative priorities', async () => {
    const queue = busyQueue();
    expect(await queue.runWorkers(0, -1)).toEqual([]);
    expect(queue.startTask(0, 'ghost')).toBe(false);
    expect(queue.getTasksByStatus(0, 'nope')).toEqual([]);
    expect(queue.addTask(0, 'low', -5)).toBe(true);
    expect(await queue.dispatchExternal(0, ['ghost'], 1)).toEqual([false]);
  });
});

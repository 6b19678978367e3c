import { describe, expect, it } from 'vitest';
import { TaskQueue } from '../../../src/domains/task-queue/index.ts';

function board(): TaskQueue {
  const queue = new TaskQueue();
  queue.addTask(100, '單1', 3);
  queue.addTask(101, '單2', 1);
  queue.addTask(102, '單3', 5);
  queue.addTask(103, '單4', 3);
  return queue;
}

describe('TaskQueue L1: basic queue', () => {
  it('accepts four new tickets', () => {
    const queue = new TaskQueue();
    expect([queue.addTask(100, '單1', 3), queue.addTask(101, '單2', 1), queue.addTask(102, '單3', 5), queue.addTask(103, '單4', 3)]).toEqual([true, true, true, true]);
  });

  it('hands out tickets by priority, FIFO among equals, then ""', () => {
    const queue = board();
    expect([1, 2, 3, 4, 5].map(() => queue.getNextTask(104))).toEqual(['單3', '單1', '單4', '單2', '']);
  });

  it('reports QUEUED before a ticket is picked and "" for an unknown id', () => {
    const queue = board();
    expect(queue.getTaskStatus(103, '單1')).toBe('QUEUED');
    expect(queue.getTaskStatus(104, 'unknown')).toBe('');
  });

  it('stores all six fields on add, with added_order from the counter', () => {
    const queue = board();
    expect(queue.tasks['單3']).toEqual({ priority: 5, status: 'QUEUED', added_order: 3, attempt: 0, retry_time: null, dependencies: [] });
    expect(queue.add_counter).toBe(4);
  });

  it('rejects a duplicate id in any status without moving the counter', () => {
    const queue = board();
    queue.getNextTask(0);
    expect(queue.addTask(0, '單3', 9)).toBe(false);
    expect(queue.add_counter).toBe(4);
    expect(queue.tasks['單3']!.priority).toBe(5);
  });

  it('marks the picked task PROCESSING and keeps it on the board', () => {
    const queue = board();
    const picked = queue.getNextTask(0);
    expect(queue.getTaskStatus(0, picked)).toBe('PROCESSING');
    expect(Object.keys(queue.tasks)).toHaveLength(4);
  });

  it('orders by priority, then added_order, as in the manual helper example', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'task_x', 5);
    queue.addTask(0, 'task_z', 5);
    queue.addTask(0, 'task_y', 10);
    expect([queue.getNextTask(0), queue.getNextTask(0), queue.getNextTask(0)]).toEqual(['task_y', 'task_x', 'task_z']);
  });

  it('treats ids such as "__proto__" and "constructor" as plain keys', () => {
    const queue = new TaskQueue();
    expect(queue.addTask(0, '__proto__', 1)).toBe(true);
    expect(queue.getTaskStatus(0, 'constructor')).toBe('');
    expect(queue.getNextTask(0)).toBe('__proto__');
  });
});

describe('TaskQueue L2: lifecycle', () => {
  it('follows the manual walk-through', () => {
    const queue = new TaskQueue();
    queue.addTask(0, '單1', 5);
    queue.addTask(0, '單2', 3);
    expect(queue.getQueueLength(0)).toBe(2);
    expect(queue.getNextTask(0)).toBe('單1');
    expect(queue.getQueueLength(0)).toBe(1);
    expect(queue.getTasksByStatus(0, 'PROCESSING')).toEqual(['單1']);
    expect(queue.completeTask(0, '單1')).toBe(true);
    expect(queue.completeTask(0, '單1')).toBe(false);
    expect(queue.getNextTask(0)).toBe('單2');
    expect(queue.failTask(0, '單2')).toBe(true);
    expect(queue.getTasksByStatus(0, 'COMPLETED')).toEqual(['單1']);
    expect(queue.getTasksByStatus(0, 'FAILED')).toEqual(['單2']);
    expect(queue.getQueueLength(0)).toBe(0);
  });

  it('starts only QUEUED tasks and refuses missing ones', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'a', 1);
    expect(queue.startTask(0, 'ghost')).toBe(false);
    expect(queue.startTask(0, 'a')).toBe(true);
    expect(queue.startTask(0, 'a')).toBe(false);
  });

  it('completes and fails only PROCESSING tasks', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'a', 1);
    expect(queue.completeTask(0, 'a')).toBe(false);
    expect(queue.failTask(0, 'a')).toBe(false);
    expect(queue.completeTask(0, 'ghost')).toBe(false);
    expect(queue.failTask(0, 'ghost')).toBe(false);
    expect(queue.getTaskStatus(0, 'a')).toBe('QUEUED');
  });

  it('keeps COMPLETED and FAILED terminal', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'a', 1);
    queue.addTask(0, 'b', 1);
    queue.startTask(0, 'a');
    queue.completeTask(0, 'a');
    queue.startTask(0, 'b');
    queue.failTask(0, 'b');
    expect([queue.startTask(0, 'a'), queue.failTask(0, 'a'), queue.startTask(0, 'b'), queue.completeTask(0, 'b')]).toEqual([false, false, false, false]);
  });

  it('lists ids of a status in string order, [] for none', () => {
    const queue = new TaskQueue();
    for (const id of ['b', 'B', 'a', '單']) queue.addTask(0, id, 1);
    expect(queue.getTasksByStatus(0, 'QUEUED')).toEqual(['B', 'a', 'b', '單']);
    expect(queue.getTasksByStatus(0, 'nonsense')).toEqual([]);
  });

  it('counts blocked QUEUED tasks in the queue length but not retry-scheduled ones', () => {
    const queue = new TaskQueue();
    queue.addTaskWithDeps(0, 'blocked', 1, ['ghost']);
    queue.configureRetry(1, 10);
    queue.addTask(0, 'r', 1);
    queue.startTask(0, 'r');
    queue.failTask(0, 'r');
    expect(queue.getQueueLength(0)).toBe(1);
  });
});

describe('TaskQueue L3: retries with exponential backoff', () => {
  it('defaults to no retries', () => {
    const queue = new TaskQueue();
    expect([queue.max_retries, queue.base_backoff_ms]).toEqual([0, 0]);
  });

  it('runs the derived retry sequence to the dead letter', () => {
    const queue = new TaskQueue();
    expect(queue.configureRetry(2, 100)).toBeUndefined();
    queue.addTask(0, 't', 1);
    expect(queue.startTask(0, 't')).toBe(true);
    expect(queue.failTask(50, 't')).toBe(true);
    expect(queue.tasks['t']).toMatchObject({ status: 'RETRY_SCHEDULED', attempt: 1, retry_time: 150 });
    expect(queue.processRetries(149)).toBe(0);
    expect(queue.processRetries(150)).toBe(1);
    expect(queue.tasks['t']).toMatchObject({ status: 'QUEUED', retry_time: null });
    queue.startTask(200, 't');
    expect(queue.failTask(200, 't')).toBe(true);
    expect(queue.tasks['t']).toMatchObject({ status: 'RETRY_SCHEDULED', attempt: 2, retry_time: 400 });
    expect(queue.processRetries(400)).toBe(1);
    expect(queue.startTask(400, 't')).toBe(true);
    expect(queue.failTask(400, 't')).toBe(true);
    expect(queue.tasks['t']).toMatchObject({ status: 'FAILED', attempt: 2, retry_time: null });
    expect(queue.getDeadLetter(401)).toEqual(['t']);
  });

  it('doubles the backoff with each attempt', () => {
    const queue = new TaskQueue();
    queue.configureRetry(3, 100);
    queue.addTask(0, 't', 1);
    const waits: number[] = [];
    for (const now of [0, 1000, 2000]) {
      queue.startTask(now, 't');
      queue.failTask(now, 't');
      waits.push(queue.tasks['t']!.retry_time! - now);
      queue.processRetries(now + 999);
    }
    expect(waits).toEqual([100, 200, 400]);
  });

  it('wakes retries in insertion order only when due, and returns how many woke', () => {
    const queue = new TaskQueue();
    queue.configureRetry(1, 10);
    for (const [id, now] of [['late', 50], ['early', 0]] as const) {
      queue.addTask(now, id, 1);
      queue.startTask(now, id);
      queue.failTask(now, id);
    }
    expect(queue.processRetries(10)).toBe(1);
    expect(queue.getTaskStatus(10, 'early')).toBe('QUEUED');
    expect(queue.getTaskStatus(10, 'late')).toBe('RETRY_SCHEDULED');
  });

  it('fails for good without touching attempt or retry_time when retries are off', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 't', 1);
    queue.startTask(0, 't');
    queue.failTask(5, 't');
    expect(queue.tasks['t']).toMatchObject({ status: 'FAILED', attempt: 0, retry_time: null });
    expect(queue.getDeadLetter(6)).toEqual(['t']);
  });

  it('returns an empty dead letter when nothing failed', () => {
    expect(new TaskQueue().getDeadLetter(0)).toEqual([]);
  });
});

describe('TaskQueue L4: dependencies', () => {
  function graph(): TaskQueue {
    const queue = new TaskQueue();
    queue.addTaskWithDeps(0, '單1', 5, []);
    queue.addTaskWithDeps(0, '單2', 5, ['單1']);
    queue.addTaskWithDeps(0, '單3', 5, []);
    queue.addTaskWithDeps(0, '單4', 5, ['單2', '單3']);
    return queue;
  }

  it('lists the ready and blocked tasks of the manual graph', () => {
    const queue = graph();
    expect(queue.getReadyTasks(0)).toEqual(['單1', '單3']);
    expect(queue.getBlockedTasks(0)).toEqual(['單2', '單4']);
  });

  it('blocks deploy until build exists and is completed', () => {
    const queue = new TaskQueue();
    expect(queue.addTaskWithDeps(1, 'deploy', 5, ['build'])).toBe(true);
    expect(queue.getBlockedTasks(2)).toEqual(['deploy']);
    expect(queue.getReadyTasks(2)).toEqual([]);
    expect(queue.getNextTask(2)).toBe('');
    queue.addTask(3, 'build', 1);
    expect(queue.getNextTask(3)).toBe('build');
    queue.completeTask(4, 'build');
    expect(queue.getNextTask(5)).toBe('deploy');
  });

  it('breaks ready-list ties by id but next-task ties by added_order', () => {
    const queue = new TaskQueue();
    queue.addTask(1, 'b', 5);
    queue.addTask(2, 'a', 5);
    expect(queue.getReadyTasks(3)).toEqual(['a', 'b']);
    expect(queue.getNextTask(3)).toBe('b');
  });

  it('orders ready tasks by priority first', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'a', 1);
    queue.addTask(0, 'z', 9);
    expect(queue.getReadyTasks(0)).toEqual(['z', 'a']);
  });

  it('stores a copy of the dependency list', () => {
    const queue = new TaskQueue();
    const deps = ['x'];
    queue.addTaskWithDeps(0, 't', 1, deps);
    deps.push('y');
    expect(queue.tasks['t']!.dependencies).toEqual(['x']);
  });

  it('rejects a duplicate id like addTask', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 't', 1);
    expect(queue.addTaskWithDeps(0, 't', 1, [])).toBe(false);
    expect(queue.add_counter).toBe(1);
  });

  it('counts only COMPLETED as met: FAILED and DISPATCHED dependencies block', () => {
    const queue = new TaskQueue();
    queue.addTask(0, 'f', 1);
    queue.startTask(0, 'f');
    queue.failTask(0, 'f');
    queue.addTask(0, 'd', 1);
    queue.tasks['d']!.status = 'DISPATCHED';
    queue.addTaskWithDeps(0, 'after-f', 1, ['f']);
    queue.addTaskWithDeps(0, 'after-d', 1, ['d']);
    expect(queue.getBlockedTasks(0)).toEqual(['after-d', 'after-f']);
  });

  it('leaves a self-dependency or a cycle blocked for good', () => {
    const queue = new TaskQueue();
    queue.addTaskWithDeps(0, 'self', 1, ['self']);
    queue.addTaskWithDeps(0, 'x', 1, ['y']);
    queue.addTaskWithDeps(0, 'y', 1, ['x']);
    expect(queue.getBlockedTasks(0)).toEqual(['self', 'x', 'y']);
    expect(queue.getNextTask(0)).toBe('');
  });

  it('lets startTask start a blocked task, as the manual code does', () => {
    const queue = new TaskQueue();
    queue.addTaskWithDeps(0, 'deploy', 1, ['build']);
    expect(queue.startTask(0, 'deploy')).toBe(true);
    expect(queue.getTaskStatus(0, 'deploy')).toBe('PROCESSING');
  });
});

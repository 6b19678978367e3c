import { deepCopy } from '../../core/dict.ts';
import type { DomainDescriptor, ScenarioRun } from '../../core/domain.ts';
import type { Random } from '../../core/random.ts';
import { WORK_MS } from './ops.ts';
import { TaskQueue } from './task-queue.ts';
import type { ScenarioInput, ScenarioSetup, ScenarioTask } from './types.ts';

/** The retry policy scenario tasks are failed under, so `retry_scheduled` ones really wait. */
const SCENARIO_RETRY = { max_retries: 1, base_backoff_ms: 100 } as const;

function randomSetup(random: Random): ScenarioSetup {
  const roll = random.next();
  if (roll < 0.04) return 'processing';
  if (roll < 0.07) return 'failed';
  if (roll < 0.1) return 'retry_scheduled';
  return 'queued';
}

/** Dependencies on earlier tasks (a DAG), now and then on an id that is never added. */
function randomDependencies(random: Random, earlier: readonly string[]): string[] {
  if (earlier.length === 0 || !random.chance(0.3)) return [];
  return Array.from({ length: random.int(1, 2) }, () =>
    random.chance(0.15) ? `ghost-${random.int(0, 9)}` : random.pick(earlier),
  );
}

function randomTask(random: Random, index: number, earlier: readonly string[]): ScenarioTask {
  // A few adds repeat an earlier id: the add returns false and the board keeps the first task.
  const duplicate = earlier.length > 0 && random.chance(0.02);
  const task_id = duplicate ? random.pick(earlier) : `task-${index}`;
  const dependencies = randomDependencies(random, earlier);
  return { task_id, priority: random.int(0, 9), dependencies, setup: duplicate ? 'queued' : randomSetup(random) };
}

/** A seeded board of `size` tasks and a pool of 1–4 workers. */
export function randomScenario(random: Random, size: number): ScenarioInput {
  const tasks: ScenarioTask[] = [];
  const ids: string[] = [];
  for (let index = 0; index < size; index++) {
    const task = randomTask(random, index, ids);
    tasks.push(task);
    if (task.task_id === `task-${index}`) ids.push(task.task_id);
  }
  return { tasks, retry: SCENARIO_RETRY, workers: random.int(1, 4) };
}

/**
 * Put a scenario's tasks on the board with L1–L4 calls. Failed tasks fail while retries are off, so
 * they land in the dead letter; retry-scheduled ones fail after the policy is set.
 */
export function seedScenario(queue: TaskQueue, input: ScenarioInput): void {
  for (const task of input.tasks) {
    const added = task.dependencies.length === 0
      ? queue.addTask(0, task.task_id, task.priority)
      : queue.addTaskWithDeps(0, task.task_id, task.priority, [...task.dependencies]);
    if (added && (task.setup === 'processing' || task.setup === 'failed')) queue.startTask(0, task.task_id);
    if (added && task.setup === 'failed') queue.failTask(0, task.task_id);
  }
  queue.configureRetry(input.retry.max_retries, input.retry.base_backoff_ms);
  for (const task of input.tasks.filter((t) => t.setup === 'retry_scheduled')) {
    queue.startTask(0, task.task_id);
    queue.failTask(0, task.task_id);
  }
}

async function timed<T>(run: () => Promise<T>): Promise<[T, string]> {
  const start = performance.now();
  const result = await run();
  return [result, (performance.now() - start).toFixed(1)];
}

async function tourPool(queue: TaskQueue): Promise<string[]> {
  queue.addTask(0, 'tour-a', 5);
  queue.addTask(0, 'tour-b', 3);
  queue.addTaskWithDeps(0, 'tour-c', 1, ['tour-a']);
  queue.addTask(0, 'tour-d', 1);
  const [order, ms] = await timed(() => queue.runWorkers(1, 2));
  return [
    'L5 worker pool: tour-a(5), tour-b(3), tour-c(1, after tour-a), tour-d(1); 2 workers, one global lock',
    `  completion order ${JSON.stringify(order)}: ${ms} ms (theory 2 waves × ${WORK_MS} ms = ${2 * WORK_MS} ms)`,
  ];
}

async function tourDispatch(queue: TaskQueue): Promise<string[]> {
  queue.addTask(0, 'tour-e', 1);
  const ids = ['tour-a', 'tour-e', 'tour-b', 'ghost', 'tour-c'];
  const valid = ids.filter((id) => queue.getTaskStatus(2, id) === 'COMPLETED').length;
  const [results, ms] = await timed(() => queue.dispatchExternal(2, ids, 2));
  const theory = Math.ceil(valid / 2) * WORK_MS;
  return [
    `L6 fail-fast dispatch of ${JSON.stringify(ids)} with 2 permits`,
    `  ${JSON.stringify(results)}: ${ids.length} items, ${valid} valid: ${ms} ms (theory ${theory} ms; all-sleep would take ${Math.ceil(ids.length / 2) * WORK_MS} ms)`,
  ];
}

/** TaskQueue for the CLI, the tour and the benchmarks. */
export const taskQueueDescriptor: DomainDescriptor<TaskQueue> = {
  name: 'task-queue',
  title: 'TaskQueue',
  levels: [1, 2, 3, 4, 5, 6],
  engines: ['event-loop', 'workers'],
  create: () => new TaskQueue(),
  async runScenario(queue: TaskQueue, random: Random, size: number): Promise<ScenarioRun> {
    const input = randomScenario(random, size);
    seedScenario(queue, input);
    const results = await queue.runWorkers(1, input.workers);
    return { input, results };
  },
  async runExternalScenario(queue: TaskQueue, random: Random, size: number): Promise<ScenarioRun> {
    const board = randomScenario(random, size);
    seedScenario(queue, board);
    // Some tasks complete first, so that dispatch finds COMPLETED ones among the rest.
    for (const task of board.tasks) if (random.chance(0.5) && queue.startTask(1, task.task_id)) queue.completeTask(1, task.task_id);
    const taskIds = Array.from({ length: size }, () => (random.chance(0.1) ? 'ghost' : random.pick(board.tasks).task_id));
    const maxConcurrent = random.int(1, 8);
    const results = await queue.dispatchExternal(2, taskIds, maxConcurrent);
    return { input: { board, taskIds, maxConcurrent }, results };
  },
  async tour(queue: TaskQueue): Promise<string[]> {
    return [...(await tourPool(queue)), ...(await tourDispatch(queue))];
  },
  state: (queue: TaskQueue) => ({
    tasks: deepCopy(queue.tasks),
    add_counter: queue.add_counter,
    max_retries: queue.max_retries,
    base_backoff_ms: queue.base_backoff_ms,
  }),
};

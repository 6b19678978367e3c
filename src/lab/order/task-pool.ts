import type { Engine } from '../../core/engine.ts';
import type { Random } from '../../core/random.ts';
import { TaskQueue } from '../../domains/task-queue/index.ts';
import { createEngine } from '../../engines/index.ts';
import { buildOutcomeTable, type Expectation, type Observation } from '../outcome-table.ts';
import type { OrderExperiment } from './experiment.ts';

const TASKS = 8;
const WORKERS = 3;

/** One task of the order lab's board: id, priority, the earlier tasks it waits for. */
export interface BoardTask {
  readonly id: string;
  readonly priority: number;
  readonly dependencies: readonly string[];
}

/** A seeded board; a task only waits for earlier ones, so every task can run. */
function board(random: Random): BoardTask[] {
  return Array.from({ length: TASKS }, (_, i) => ({
    id: `t${i}`,
    priority: random.int(0, 3),
    dependencies: i > 0 && random.chance(0.35) ? [`t${random.int(0, i - 1)}`] : [],
  }));
}

/** Whether the clock promises one order: the virtual clock does (same input, same order), real threads do not. */
type Determinism = 'deterministic' | 'free';

function expectations(determinism: Determinism): Expectation[] {
  return [
    { id: 'reference', class: 'ACCEPTABLE', description: "every task once, dependencies first, in the event loop's order" },
    determinism === 'deterministic'
      ? { id: 'other-order', class: 'FORBIDDEN', description: 'another order on the virtual clock: same input must give the same order' }
      : { id: 'other-order', class: 'INTERESTING', description: 'every task once, dependencies first, in another order: real sleeps end as they end' },
    { id: 'broken', class: 'FORBIDDEN', description: 'a task missing, run twice, not COMPLETED, or before a task it depends on' },
  ];
}

/**
 * TaskQueue's worker pool (L5): `WORKERS` workers under one global lock run a seeded board of
 * `TASKS` tasks `trials` times. Its result is completion order. The reference order is the event
 * loop's on a virtual clock; the event loop must give it every time, threads may not.
 * @param engine - where to run, or `undefined` for a fresh event loop on a virtual clock per trial.
 * @param where - how the table names the engine.
 */
export async function runTaskPoolExperiment(engine: Engine | undefined, where: string, random: Random, trials: number): Promise<OrderExperiment> {
  const tasks = board(random);
  const onVirtualClock = (): Engine => createEngine('event-loop', { clock: 'virtual' });
  const reference = await runBoard(onVirtualClock(), tasks);
  const observations: Observation[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const { order, statuses } = await runBoard(engine ?? onVirtualClock(), tasks);
    observations.push(judgePoolOrder(tasks, order, statuses, reference.order));
  }
  return {
    id: 'task-pool',
    where,
    promise: 'every task exactly once, after its dependencies; the completion order itself is not promised',
    table: buildOutcomeTable(`TaskQueue runWorkers: ${TASKS} tasks, ${WORKERS} workers`, expectations(engine === undefined ? 'deterministic' : 'free'), observations),
  };
}

async function runBoard(engine: Engine, tasks: readonly BoardTask[]): Promise<{ order: string[]; statuses: string[] }> {
  const queue = new TaskQueue().useEngine(engine);
  for (const task of tasks) queue.addTaskWithDeps(0, task.id, task.priority, [...task.dependencies]);
  const order = await queue.runWorkers(0, WORKERS);
  return { order, statuses: tasks.map((task) => queue.getTaskStatus(0, task.id)) };
}

/**
 * Judge one pool run.
 * @param statuses - each task's status after the run, in board order.
 * @param reference - the event loop's completion order on the same board.
 */
export function judgePoolOrder(tasks: readonly BoardTask[], order: readonly string[], statuses: readonly string[], reference: readonly string[]): Observation {
  const outcome = order.join(' ');
  const at = new Map(order.map((id, index) => [id, index]));
  const once = order.length === tasks.length && at.size === tasks.length && tasks.every((task) => at.has(task.id));
  const depsFirst = tasks.every((task) => task.dependencies.every((dep) => at.get(dep)! < at.get(task.id)!));
  if (!once || !depsFirst || statuses.some((status) => status !== 'COMPLETED')) return { outcome, expectation: 'broken' };
  return { outcome, expectation: outcome === reference.join(' ') ? 'reference' : 'other-order' };
}

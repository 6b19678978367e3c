/** TaskQueue: the manual's job processor, with its worker pool (L5) and fail-fast dispatch (L6). */
export { TaskQueue } from './task-queue.ts';
export { randomScenario, seedScenario, taskQueueDescriptor } from './descriptor.ts';
export { dispatchItem, WORK_MS, workerPool } from './ops.ts';
export { ARGUMENTS as taskQueueArguments, expectArguments } from './schemas.ts';
export type { DispatchItem, ScenarioInput, ScenarioSetup, ScenarioTask, Task, TaskStatus } from './types.ts';

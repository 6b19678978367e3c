/**
 * A lab thread: the only module of the lab with top-level side effects. It answers each task the main
 * thread posts (one op of a scenario) with the op's outcome. `workerData.thread` is its index in every
 * lock table it opens.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runThreadTask } from './thread-task.ts';
import { THREAD_READY, type ThreadTask } from './thread-protocol.ts';

const { thread } = workerData as { thread: number };

parentPort?.on('message', (task: ThreadTask) => parentPort?.postMessage(runThreadTask(task, thread)));
// Loaded: from now on a task starts at once, so a barrier's bound measures the ops, not module loading.
parentPort?.postMessage(THREAD_READY);

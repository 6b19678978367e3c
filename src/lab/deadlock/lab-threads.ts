/**
 * The lab's threads, started once and reused for every scenario (a thread with tsx takes a few hundred
 * ms to start; a scenario, a few). Thread i runs op i of each scenario, so a thread's index in the lock
 * table names its op.
 */
import { Worker } from 'node:worker_threads';
import { THREAD_READY, type ThreadReply, type ThreadTask } from './thread-protocol.ts';

/** Real threads that run scenario ops. */
export interface LabThreads {
  readonly size: number;
  /**
   * Run `task` on thread `thread`.
   * @returns its outcome. @throws Error (as a rejection) when the thread fails or exits first.
   */
  run(thread: number, task: ThreadTask): Promise<ThreadReply>;
  /** Stop every thread. */
  close(): Promise<void>;
}

const entry = new URL('./lab-thread-entry.mjs', import.meta.url);

/**
 * Start `size` lab threads.
 * @throws RangeError when `size` is not an integer ≥ 1.
 */
export function startLabThreads(size: number): LabThreads {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Expected \`size\` to be an integer ≥ 1, got \`${size}\``);
  const workers = Array.from({ length: size }, (_, thread) => new Worker(entry, { workerData: { thread } }));
  // Every thread loaded before any task goes out: ops that meet at a barrier start together.
  const ready = Promise.all(workers.map((worker) => nextMessage<typeof THREAD_READY>(worker)));
  // A thread that fails to start is reported by the next `run`; until then its rejection is not unhandled.
  ready.catch(() => undefined);
  return {
    size,
    async run(thread, task) {
      const worker = workers[thread];
      if (worker === undefined) throw new RangeError(`Expected \`thread\` in 0…${size - 1}, got \`${thread}\``);
      await ready;
      const reply = nextMessage<ThreadReply>(worker);
      worker.postMessage(task);
      return reply;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

/** The worker's next message; rejects if it fails or exits first. Listeners are removed either way. */
function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    const onMessage = (message: T): void => (cleanup(), resolve(message));
    const onError = (error: Error): void => (cleanup(), reject(error));
    const onExit = (code: number): void => (cleanup(), reject(new Error(`lab thread exited (${code}) before answering`)));
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

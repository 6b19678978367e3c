/** Starting the bench's own `.ts` worker threads, and talking to them one message at a time. */
import { Worker } from 'node:worker_threads';

const entry = new URL('./ts-entry.mjs', import.meta.url);

/** Start `src/bench/workers/<name>.ts` on a new thread with `data` as its `workerData`. */
export function spawnBenchWorker(name: string, data: object): Worker {
  const file = new URL(`./${name}.ts`, import.meta.url);
  return new Worker(entry, { workerData: { ...data, entry: file.href } });
}

/** The next message `worker` posts; rejects if it fails or exits first. */
export function nextMessage<T>(worker: Worker): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: T): void => {
      cleanup();
      resolve(message);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`bench worker exited (${code}) before answering`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
  });
}

import { Piscina } from 'piscina';

const entry = new URL('./piscina-entry.mjs', import.meta.url).href;

/** Options of a bare pool. */
export interface BarePoolOptions {
  readonly threads: number;
  /** piscina 5's `stricterFIFO`: a task that cannot be dispatched goes back to the FRONT of the queue. */
  readonly stricterFIFO?: boolean;
}

/**
 * A bare piscina pool on the bench's task file, all threads started and warm before it is returned
 * (so thread start-up is never timed). `destroy()` it when done.
 */
export async function startBarePool(options: BarePoolOptions): Promise<Piscina> {
  const pool = new Piscina({
    filename: entry,
    minThreads: options.threads,
    maxThreads: options.threads,
    idleTimeout: 60_000,
    stricterFIFO: options.stricterFIFO ?? false,
  });
  // One sleeping task per thread, all at once: a busy thread takes no second task, so every thread
  // gets one and loads tsx and the task file before anything is timed.
  const starts = new Int32Array(new SharedArrayBuffer(4));
  await Promise.all(Array.from({ length: options.threads }, (_, index) => pool.run({ index, ms: 20, starts }, { name: 'sleepTask' })));
  return pool;
}

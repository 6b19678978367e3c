/**
 * The peers, each as "run these tasks": async-mutex's `Mutex` and `Semaphore` against conclab's keyed
 * lock and counting semaphore, p-limit against conclab's semaphore, bare piscina against the worker
 * engine (which runs the same ops as a batch, `runCpuBatch`). Every contender of a group runs the same
 * tasks.
 */
import { Mutex, Semaphore as AsyncSemaphore } from 'async-mutex';
import pLimit from 'p-limit';
import type { Piscina } from 'piscina';
import { createRealClock } from '../../src/core/real-clock.ts';
import { silentTracer } from '../../src/core/tracer.ts';
import { createCountingSemaphore, createKeyedLockTable } from '../../src/engines/event-loop/index.ts';
import type { CpuOp } from '../../src/bench/ops/cpu-batch.ts';

/** A critical section that holds its lock across one yield, so that waiters really queue. */
const section = async (): Promise<void> => {
  await null;
};

/** Runs `fn` exclusively, the way one library spells it. */
export type Exclusive = (fn: () => Promise<void>) => Promise<void>;

/** The mutual-exclusion contenders, each made fresh. */
export const lockContenders: Record<string, () => Exclusive> = {
  'async-mutex Mutex': () => {
    const mutex = new Mutex();
    return (fn) => mutex.runExclusive(fn);
  },
  'async-mutex Semaphore(1)': () => {
    const gate = new AsyncSemaphore(1);
    return (fn) => gate.runExclusive(fn);
  },
  'conclab keyed lock': () => {
    const locks = createKeyedLockTable(createRealClock(), silentTracer);
    return (fn) => locks.withLocks(['key'], fn);
  },
};

/** The permit contenders (concurrency `n`), each made fresh. */
export const permitContenders: Record<string, (n: number) => Exclusive> = {
  'p-limit': (n) => {
    const limit = pLimit(n);
    return (fn) => limit(fn);
  },
  'conclab semaphore': (n) => {
    const semaphore = createCountingSemaphore(n, createRealClock(), silentTracer);
    return (fn) => semaphore.withPermit(fn);
  },
  'async-mutex Semaphore(n)': (n) => {
    const gate = new AsyncSemaphore(n);
    return (fn) => gate.runExclusive(fn);
  },
};

/** `count` sections started at once: everyone but the first waits. */
export const allAtOnce = (run: Exclusive, count: number): Promise<unknown> => Promise.all(Array.from({ length: count }, () => run(section)));

/** `count` sections one after another: nobody ever waits. */
export async function oneByOne(run: Exclusive, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await run(section);
}

/** CPU ops on bare piscina, one task per op: the pool's per-task cost is paid per op. */
export const piscinaPerOp = (pool: Piscina, ops: readonly CpuOp[]): Promise<unknown> => Promise.all(ops.map((op) => pool.run(op, { name: 'spinOne' })));

/** CPU ops on bare piscina in about four chunks per thread, as the worker engine cuts its batches. */
export function piscinaChunked(pool: Piscina, ops: readonly CpuOp[]): Promise<unknown> {
  const size = Math.max(16, Math.ceil(ops.length / (pool.maxThreads * 4)));
  const chunks = Array.from({ length: Math.ceil(ops.length / size) }, (_, i) => ops.slice(i * size, (i + 1) * size));
  return Promise.all(chunks.map((chunk) => pool.run(chunk, { name: 'spinChunk' })));
}

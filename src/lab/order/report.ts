import { availableParallelism } from 'node:os';
import type { Engine, EngineName } from '../../core/engine.ts';
import { Random } from '../../core/random.ts';
import { createEngine } from '../../engines/index.ts';
import type { OrderExperiment } from './experiment.ts';
import { runHotKeyExperiment } from './hot-key.ts';
import { runPiscinaExperiment } from './piscina-order.ts';
import { runPromiseAllExperiment } from './promise-all.ts';
import { runTaskPoolExperiment } from './task-pool.ts';

/** Trials per experiment. */
export interface OrderTrials {
  readonly promiseAll: number;
  readonly hotKey: number;
  readonly taskPool: number;
  readonly piscina: number;
}

/** The defaults per engine: the event loop runs on a virtual clock, threads on real time, so fewer. */
export const DEFAULT_TRIALS: Readonly<Record<EngineName, OrderTrials>> = {
  'event-loop': { promiseAll: 200, hotKey: 200, taskPool: 200, piscina: 30 },
  workers: { promiseAll: 200, hotKey: 40, taskPool: 20, piscina: 30 },
};

/** What to run. */
export interface OrderLabOptions {
  /** Where the batch experiments run (hot key, task pool); Promise.all and piscina run as they are. */
  readonly engine: EngineName;
  readonly seed: number;
  /** Fewer or more trials than {@link DEFAULT_TRIALS}. */
  readonly trials?: Partial<OrderTrials>;
  /** Worker threads (default: the machine's parallelism, at least 2 so that threads can race, at most 4). */
  readonly threads?: number;
}

/** The order lab's result: plain JSON data. */
export interface OrderLabReport {
  readonly lab: 'order';
  readonly engine: EngineName;
  readonly seed: number;
  readonly experiments: readonly OrderExperiment[];
  /** FORBIDDEN trials over every experiment: anything but 0 is a bug. */
  readonly forbidden: number;
}

/**
 * Run every experiment of the order lab, each with its own generator from `seed`.
 * @returns the report; FORBIDDEN outcomes are counted, never thrown.
 * @example
 * const report = await runOrderLab({ engine: 'event-loop', seed: 1 });
 * report.forbidden; // 0
 */
export async function runOrderLab(options: OrderLabOptions): Promise<OrderLabReport> {
  const trials = { ...DEFAULT_TRIALS[options.engine], ...options.trials };
  // One generator per experiment, so changing one experiment's trials leaves the others' inputs alone.
  const random = (stream: number): Random => new Random(options.seed * 4 + stream);
  const experiments = [await runPromiseAllExperiment(random(0), trials.promiseAll)];
  if (options.engine === 'event-loop') {
    const engine = createEngine('event-loop', { clock: 'virtual' });
    experiments.push(await runHotKeyExperiment(engine, 'fifo', 'event loop', random(1), trials.hotKey));
    experiments.push(await runTaskPoolExperiment(undefined, 'event loop, virtual clock', random(2), trials.taskPool));
  } else {
    experiments.push(...(await onThreads(options.threads ?? Math.min(4, Math.max(2, availableParallelism())), random, trials)));
  }
  experiments.push(await runPiscinaExperiment(random(3), trials.piscina));
  return { lab: 'order', engine: options.engine, seed: options.seed, experiments, forbidden: experiments.reduce((sum, e) => sum + e.table.forbidden, 0) };
}

/** The batch experiments on worker threads: the hot key under both lock modes, the pool under FIFO. */
async function onThreads(threads: number, random: (stream: number) => Random, trials: OrderTrials): Promise<OrderExperiment[]> {
  const fifo = createEngine('workers', { clock: 'real', threads, lockMode: 'fifo' });
  const plain = createEngine('workers', { clock: 'real', threads, lockMode: 'plain' });
  try {
    // The same generator seed for both modes, so both run the very same batch.
    return [
      await runHotKeyExperiment(fifo, 'fifo', `workers, ${threads} threads, fifo locks`, random(1), trials.hotKey),
      await runHotKeyExperiment(plain, 'plain', `workers, ${threads} threads, plain locks`, random(1), trials.hotKey),
      await runTaskPoolExperiment(fifo, `workers, ${threads} threads`, random(2), trials.taskPool),
    ];
  } finally {
    await closeAll([fifo, plain]);
  }
}

async function closeAll(engines: readonly Engine[]): Promise<void> {
  await Promise.all(engines.map((engine) => engine.close?.()));
}

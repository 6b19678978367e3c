import { Bench } from 'tinybench';
import type { Timing } from './row.ts';

/** How long to measure one alternative. */
export interface MeasureOptions {
  /** Samples to take at least. */
  readonly iterations: number;
  /** Keep sampling until this much time has passed too (default 0: exactly `iterations`). */
  readonly timeMs?: number;
  /** Untimed runs first, so JIT and pools are warm (default 1). */
  readonly warmupIterations?: number;
  /** Untimed preparation before every run (fresh state), so each sample measures only the run. */
  readonly beforeEach?: () => void | Promise<void>;
}

/**
 * Time `fn` with tinybench: `iterations` samples (or more, within `timeMs`), after untimed warm-up runs.
 * @returns mean, p99 and relative margin of error in ms per sample.
 * @throws whatever `fn` throws: a benchmark that fails is a bug, not a data point.
 * @example
 * const timing = await measure(() => bank.processBatch(1, ops), { iterations: 10 });
 */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Timing> {
  const warmupIterations = options.warmupIterations ?? 1;
  const bench = new Bench({
    iterations: options.iterations,
    time: options.timeMs ?? 0,
    warmup: warmupIterations > 0,
    warmupIterations,
    warmupTime: 0,
    throws: true,
  });
  const hooks = options.beforeEach === undefined ? {} : { beforeEach: options.beforeEach };
  bench.add('run', fn, { async: true, ...hooks });
  await bench.run();
  return timingOf(bench);
}

function timingOf(bench: Bench): Timing {
  const result = bench.tasks[0]?.result;
  if (result === undefined || (result.state !== 'completed' && result.state !== 'aborted-with-statistics')) {
    throw new Error(`the benchmark did not complete (${result?.state ?? 'no task'})`);
  }
  const { mean, p99, rme, samplesCount } = result.latency;
  return { mean, p99, rme, samples: samplesCount };
}

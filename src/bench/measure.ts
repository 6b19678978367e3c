import { Bench, type FnOptions } from 'tinybench';
import type { Timing } from './row.ts';

/** How long to measure one alternative. */
export interface MeasureOptions {
  /** Samples to take at least. */
  readonly iterations: number;
  /** Keep sampling until this much time has passed too (default 0: exactly `iterations`). */
  readonly timeMs?: number;
  /** Untimed runs first, so JIT and pools are warm (default 1). */
  readonly warmupIterations?: number;
}

/**
 * Time `fn` with tinybench: `iterations` samples (or more, within `timeMs`), after untimed warm-up runs.
 * @returns mean, p99 and relative margin of error in ms per sample.
 * @throws whatever `fn` throws: a benchmark that fails is a bug, not a data point.
 * @example
 * const timing = await measure(() => bank.processBatch(1, ops), { iterations: 10 });
 */
export function measure(fn: () => unknown, options: MeasureOptions): Promise<Timing> {
  return timeTask(fn, {}, options);
}

/**
 * Time runs that each need fresh preparation (a new system, a new input): before every run, warm-up
 * included, `prepare` makes it untimed, and only the run it returns is timed.
 * @returns the timing, and what each timed run returned, in order (warm-up runs are left out, so the
 *   outcomes describe exactly the runs the timing does).
 * @throws whatever `prepare` or a run throws.
 * @example
 * const { timing, outcomes } = await measurePrepared(() => prepareTrial(++seed), { iterations: 100 });
 */
export async function measurePrepared<T>(prepare: () => () => Promise<T>, options: MeasureOptions): Promise<{ timing: Timing; outcomes: T[] }> {
  const outcomes: T[] = [];
  let next!: () => Promise<T>;
  const hooks: FnOptions = {
    // tinybench runs the hooks in its warm-up phase too: start the outcomes afresh when timing starts.
    beforeAll(mode) {
      if (mode === 'run') outcomes.length = 0;
    },
    beforeEach() {
      next = prepare();
    },
  };
  const timing = await timeTask(async () => outcomes.push(await next()), hooks, options);
  return { timing, outcomes };
}

async function timeTask(fn: () => unknown, hooks: FnOptions, options: MeasureOptions): Promise<Timing> {
  const warmupIterations = options.warmupIterations ?? 1;
  const bench = new Bench({
    iterations: options.iterations,
    time: options.timeMs ?? 0,
    warmup: warmupIterations > 0,
    warmupIterations,
    warmupTime: 0,
    throws: true,
  });
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

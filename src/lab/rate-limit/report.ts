import type { EngineName } from '../../core/engine.ts';
import { RecordingTracer } from '../../core/tracer.ts';
import { createEngine, type ClockKind } from '../../engines/index.ts';
import { buildInput, DEFAULT_SHAPE, type InputShape } from './input.ts';
import { runPolicy, type PolicyRun } from './run-policy.ts';

/** What to run. */
export interface RateLimitLabOptions {
  readonly engine: EngineName;
  readonly seed: number;
  /** The event loop's clock: `real` (default) so the timeline is real, `virtual` for exact theory. Threads are always real. */
  readonly clock?: ClockKind;
  readonly shape?: InputShape;
}

/** The rate-limit lab's result: plain JSON data. */
export interface RateLimitLabReport {
  readonly lab: 'rate-limit';
  readonly engine: EngineName;
  readonly clock: ClockKind;
  readonly seed: number;
  readonly input: {
    readonly items: number;
    readonly permits: number;
    readonly stepMs: number;
    /** Ids of the items the check refuses. */
    readonly invalid: readonly number[];
  };
  /** Fail-fast, then all-sleep. */
  readonly runs: readonly [PolicyRun, PolicyRun];
}

/**
 * Run fail-fast and then all-sleep on one seeded input, on a fresh engine.
 * @returns both runs with their permit spans, makespans and theory.
 * @example
 * const report = await runRateLimitLab({ engine: 'event-loop', seed: 1, clock: 'virtual' });
 * report.runs.map((run) => run.makespanMs); // [30, 40]
 */
export async function runRateLimitLab(options: RateLimitLabOptions): Promise<RateLimitLabReport> {
  const clock: ClockKind = options.engine === 'workers' ? 'real' : (options.clock ?? 'real');
  const input = buildInput(options.seed, options.shape ?? DEFAULT_SHAPE);
  const tracer = new RecordingTracer();
  const engine = createEngine(options.engine, { clock, tracer });
  try {
    // One 1 ms item first: neither policy should pay for starting threads or loading modules.
    await runPolicy(engine, tracer, 'all-sleep', { items: [{ id: 0, valid: true, stepMs: 1 }], permits: 1, stepMs: 1 });
    const failFast = await runPolicy(engine, tracer, 'fail-fast', input);
    const allSleep = await runPolicy(engine, tracer, 'all-sleep', input);
    const invalid = input.items.filter((item) => !item.valid).map((item) => item.id);
    return {
      lab: 'rate-limit',
      engine: options.engine,
      clock,
      seed: options.seed,
      input: { items: input.items.length, permits: input.permits, stepMs: input.stepMs, invalid },
      runs: [failFast, allSleep],
    };
  } finally {
    await engine.close?.();
  }
}

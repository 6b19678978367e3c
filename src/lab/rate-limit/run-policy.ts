import type { Engine } from '../../core/engine.ts';
import type { RecordingTracer } from '../../core/tracer.ts';
import { epochNow } from '../epoch-now.ts';
import type { RateLimitInput } from './input.ts';
import { labItem, labServiceState, type LabItemResult } from './lab-item.ts';
import { assignSlots, intervalsFromSteps, intervalsFromTrace, peakHeld, type PermitSpan } from './permit-spans.ts';
import { theoryOf, type ComparedPolicy, type Theory } from './theory.ts';

/** Where a run's permit spans came from. */
export type SpanSource = 'tracer' | 'external-step';

/** One policy run on the input: its makespan against theory, and every permit held. */
export interface PolicyRun {
  readonly policy: ComparedPolicy;
  readonly theory: Theory;
  /** From just before the call to its results, on the engine's clock. */
  readonly makespanMs: number;
  /** makespan ÷ theory (1 exactly on a virtual clock); `null` when theory is 0 (nothing to sleep). */
  readonly ratio: number | null;
  readonly sent: number;
  readonly rejected: number;
  /** Permits held, one per item that took one. */
  readonly spans: readonly PermitSpan[];
  /** Rows the spans needed (≤ N when holds never overlapped beyond the semaphore). */
  readonly slots: number;
  /** The most permits held at once. */
  readonly peak: number;
  readonly spanSource: SpanSource;
}

/**
 * Run `policy` over the input once on `engine`.
 * @param tracer - the engine's tracer, when it records permits; spans then come from it, else from the
 * items' own stamps of their external steps.
 */
export async function runPolicy(engine: Engine, tracer: RecordingTracer | undefined, policy: ComparedPolicy, input: RateLimitInput): Promise<PolicyRun> {
  const seen = tracer?.events.length ?? 0;
  const [clockStart, wallStart] = [engine.clock.now(), epochNow()];
  const results: LabItemResult[] = await engine.runRateLimited({
    system: labServiceState.create(),
    locks: engine.createLockTable(),
    definition: labItem,
    policy,
    items: input.items,
    maxConcurrent: input.permits,
  });
  const makespanMs = engine.clock.now() - clockStart;
  const valid = (item: number): boolean => input.items[item]?.valid === true;
  const traced = tracer === undefined ? [] : intervalsFromTrace(tracer.events.slice(seen), clockStart, valid);
  const spanSource: SpanSource = traced.length > 0 ? 'tracer' : 'external-step';
  const spans = assignSlots(spanSource === 'tracer' ? traced : intervalsFromSteps(results, wallStart, valid));
  const theory = theoryOf(policy, input);
  return {
    policy,
    theory,
    makespanMs,
    ratio: theory.ms === 0 ? null : makespanMs / theory.ms,
    sent: results.filter((r) => r.status === 'sent').length,
    rejected: results.filter((r) => r.status === 'rejected').length,
    spans,
    slots: new Set(spans.map((s) => s.slot)).size,
    peak: peakHeld(spans),
    spanSource,
  };
}

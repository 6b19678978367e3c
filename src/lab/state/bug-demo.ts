/**
 * A bug demo: one of PS-07's bug patterns as two implementations of one interface, the buggy and the
 * correct, played on the same fixed trace and judged against one expected outcome.
 */
import { captureOutcome, matchesExpected, type Outcome, type PlainValue } from './outcome.ts';
import { playTrace, renderCall, type Call } from './trace.ts';

/** One implementation of a demo's interface, with what happens when it runs the trace and why. */
export interface Variant<I> {
  /** A fresh instance, so the two variants never share state. */
  readonly create: () => I;
  /** One line: what goes wrong in this variant (or why it is right), as JavaScript really behaves. */
  readonly explanation: string;
}

/** One bug pattern of PS-07's table, as runnable data. */
export interface BugDemo<I extends object> {
  /** A stable kebab-case id (`rollback-condition`). */
  readonly id: string;
  /** The table's "Pattern" column (`Condition logic`). */
  readonly pattern: string;
  /** The bug, in PS-07's words. */
  readonly bug: string;
  /** The correct pattern, in PS-07's words. */
  readonly fix: string;
  /** The fixed trace both variants run; its last call's result is the outcome. */
  readonly scenario: readonly Call<I>[];
  /** The outcome a correct implementation gives. */
  readonly expected: PlainValue;
  readonly buggy: Variant<I>;
  readonly correct: Variant<I>;
}

/** What one variant did with the scenario. */
export interface VariantReport {
  readonly outcome: Outcome;
  readonly matchesExpected: boolean;
  readonly explanation: string;
}

/** A demo's result, as plain JSON data. */
export interface BugDemoReport {
  readonly id: string;
  readonly pattern: string;
  readonly bug: string;
  readonly fix: string;
  /** The scenario, one rendered call a line. */
  readonly trace: string[];
  readonly expected: PlainValue;
  readonly buggy: VariantReport;
  readonly correct: VariantReport;
  /** The demo works: the buggy variant misses `expected` (or throws) and the correct one meets it. */
  readonly bugShown: boolean;
}

function runVariant<I extends object>(demo: BugDemo<I>, variant: Variant<I>): VariantReport {
  const outcome = captureOutcome(() => playTrace(variant.create(), demo.scenario));
  return { outcome, matchesExpected: matchesExpected(outcome, demo.expected), explanation: variant.explanation };
}

/**
 * Play a demo's scenario on a fresh instance of each variant.
 * @returns both outcomes, whether each matches `expected`, and their explanations.
 */
export function runBugDemo<I extends object>(demo: BugDemo<I>): BugDemoReport {
  const buggy = runVariant(demo, demo.buggy);
  const correct = runVariant(demo, demo.correct);
  return {
    id: demo.id,
    pattern: demo.pattern,
    bug: demo.bug,
    fix: demo.fix,
    trace: demo.scenario.map((step) => renderCall(step as { call: string; args: readonly unknown[] })),
    expected: demo.expected,
    buggy,
    correct,
    bugShown: !buggy.matchesExpected && correct.matchesExpected,
  };
}

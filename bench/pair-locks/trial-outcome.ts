/** What one pair-lock trial came to, on either engine. */
export interface TrialOutcome {
  /** Acquisitions that timed out: 0 means no deadlock. */
  readonly timeouts: number;
  /** From the trial's start to its first timeout (the detection), in ms; absent when none timed out. */
  readonly detectionMs?: number;
}

/** Deadlock counts over many trials. */
export interface TrialTally {
  readonly trials: number;
  readonly deadlocked: number;
  readonly timeouts: number;
  /** Sum of detection times of the deadlocked trials. */
  readonly detectionMs: number;
}

/** A tally of no trials. */
export const emptyTally: TrialTally = { trials: 0, deadlocked: 0, timeouts: 0, detectionMs: 0 };

/** `tally` with one more trial counted. */
export function addTrial(tally: TrialTally, outcome: TrialOutcome): TrialTally {
  const deadlocked = outcome.timeouts > 0;
  return {
    trials: tally.trials + 1,
    deadlocked: tally.deadlocked + (deadlocked ? 1 : 0),
    timeouts: tally.timeouts + outcome.timeouts,
    detectionMs: tally.detectionMs + (outcome.detectionMs ?? 0),
  };
}

/** The metrics a tally gives a row: deadlocks per 100 trials, timeouts per trial, mean detection time. */
export function tallyMetrics(tally: TrialTally): Record<string, number> {
  const metrics: Record<string, number> = {
    trials: tally.trials,
    deadlocksPer100: tally.trials === 0 ? 0 : (100 * tally.deadlocked) / tally.trials,
    timeoutsPerTrial: tally.trials === 0 ? 0 : tally.timeouts / tally.trials,
  };
  if (tally.deadlocked > 0) metrics.detectionMs = tally.detectionMs / tally.deadlocked;
  return metrics;
}

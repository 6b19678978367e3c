/** What one pair-lock trial came to, on either engine. */
export interface TrialOutcome {
  /** Waits the deadlock detector ended (each one a cycle's victim). */
  readonly victims: number;
  /** Waits that ran out their bounded time instead (a cycle the detector missed, or a long queue). */
  readonly timeouts: number;
  /** From the trial's start to its first ended wait (the detection), in ms; absent when none ended. */
  readonly detectionMs?: number;
}

/** Deadlock counts over many trials. */
export interface TrialTally {
  readonly trials: number;
  readonly deadlocked: number;
  readonly victims: number;
  readonly timeouts: number;
  /** Sum of detection times of the deadlocked trials. */
  readonly detectionMs: number;
}

/** A tally of no trials. */
export const emptyTally: TrialTally = { trials: 0, deadlocked: 0, victims: 0, timeouts: 0, detectionMs: 0 };

/** `tally` with one more trial counted: a trial deadlocked when any of its waits was ended. */
export function addTrial(tally: TrialTally, outcome: TrialOutcome): TrialTally {
  const deadlocked = outcome.victims + outcome.timeouts > 0;
  return {
    trials: tally.trials + 1,
    deadlocked: tally.deadlocked + (deadlocked ? 1 : 0),
    victims: tally.victims + outcome.victims,
    timeouts: tally.timeouts + outcome.timeouts,
    detectionMs: tally.detectionMs + (outcome.detectionMs ?? 0),
  };
}

/** The metrics a tally gives a row: deadlocks per 100 trials, victims and timeouts per trial, mean detection time. */
export function tallyMetrics(tally: TrialTally): Record<string, number> {
  const perTrial = (count: number): number => (tally.trials === 0 ? 0 : count / tally.trials);
  const metrics: Record<string, number> = {
    trials: tally.trials,
    deadlocksPer100: 100 * perTrial(tally.deadlocked),
    victimsPerTrial: perTrial(tally.victims),
    timeoutsPerTrial: perTrial(tally.timeouts),
  };
  if (tally.deadlocked > 0) metrics.detectionMs = tally.detectionMs / tally.deadlocked;
  return metrics;
}

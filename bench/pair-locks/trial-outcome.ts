/** What one pair-lock trial came to, on either engine. */
export interface TrialOutcome {
  /** Waits the deadlock detector ended (each one a cycle's victim). */
  readonly victims: number;
  /** Waits that ran out their bounded time instead (a cycle the detector missed, or a long queue). */
  readonly timeouts: number;
  /** From the trial's start to its first ended wait (the detection), in ms; absent when none ended. */
  readonly detectionMs?: number;
}

/** A trial made ready to run (bank funded, transfers drawn, inputs built), so that only the run is timed. */
export type PreparedTrial = () => Promise<TrialOutcome>;

/**
 * The metrics trials give a row: deadlocks per 100 trials (a trial deadlocked when any of its waits
 * was ended), victims and timeouts per trial, and the mean detection time of the deadlocked ones.
 */
export function trialMetrics(outcomes: readonly TrialOutcome[]): Record<string, number> {
  const trials = outcomes.length;
  const deadlocked = outcomes.filter((o) => o.victims + o.timeouts > 0);
  const perTrial = (count: number): number => (trials === 0 ? 0 : count / trials);
  const sum = (list: readonly TrialOutcome[], value: (o: TrialOutcome) => number): number => list.reduce((total, o) => total + value(o), 0);
  const metrics: Record<string, number> = {
    trials,
    deadlocksPer100: 100 * perTrial(deadlocked.length),
    victimsPerTrial: perTrial(sum(outcomes, (o) => o.victims)),
    timeoutsPerTrial: perTrial(sum(outcomes, (o) => o.timeouts)),
  };
  if (deadlocked.length > 0) metrics.detectionMs = sum(deadlocked, (o) => o.detectionMs ?? 0) / deadlocked.length;
  return metrics;
}

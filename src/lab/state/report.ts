/** The state lab run: every bug demo of PS-07, played and gathered into one JSON-ready report. */
import { runBugDemo, type BugDemoReport } from './bug-demo.ts';
import { backupReferenceDemo } from './bugs/backup-reference.ts';
import { noneTtlDemo } from './bugs/none-ttl.ts';
import { readAfterDeleteDemo } from './bugs/read-after-delete.ts';
import { rollbackConditionDemo } from './bugs/rollback-condition.ts';
import { ttlAsStringDemo } from './bugs/ttl-as-string.ts';

/** The state lab's result: plain JSON data. */
export interface StateLabReport {
  readonly lab: 'state';
  /** The problem set the patterns come from. */
  readonly source: 'PS-07';
  /** Time unit of every trace: integer seconds from 10:00 (10:03 = 180). */
  readonly timeUnit: 'seconds since 10:00';
  /** One entry per row of PS-07's bug table, in its order. */
  readonly patterns: BugDemoReport[];
  /** Every demo shows its bug: the buggy variant misses and the correct one matches. */
  readonly allBugsShown: boolean;
}

/**
 * Run the five bug demos, each buggy and correct variant on its own fresh instance.
 * @returns the report; deterministic, so two runs give equal reports.
 * @example
 * const report = runStateLab();
 * report.patterns.map((p) => p.id); // ['rollback-condition', 'read-after-delete', …]
 */
export function runStateLab(): StateLabReport {
  const patterns = [
    runBugDemo(rollbackConditionDemo),
    runBugDemo(readAfterDeleteDemo),
    runBugDemo(backupReferenceDemo),
    runBugDemo(ttlAsStringDemo),
    runBugDemo(noneTtlDemo),
  ];
  return { lab: 'state', source: 'PS-07', timeUnit: 'seconds since 10:00', patterns, allBugsShown: patterns.every((p) => p.bugShown) };
}

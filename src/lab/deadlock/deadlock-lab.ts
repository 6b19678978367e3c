import type { Lab } from '../lab.ts';
import { formatDeadlockLab } from './format.ts';
import { runDeadlockLab } from './report.ts';

/**
 * Deadlocks triggered on purpose on either engine (a 2-cycle, a 3-cycle, the same key taken twice),
 * caught by a detector and explained; a lock-order checker warns on a run that did not deadlock;
 * `--fix` reruns with sorted order. Exits with `DEADLOCK_EXIT_CODE` when it caught a deadlock.
 */
export const deadlockLab: Lab = {
  name: 'deadlock',
  summary: 'deadlocks on purpose (2-cycle, 3-cycle, same key twice), caught and named; --fix sorts',
  engines: ['event-loop', 'workers'],
  async run(options) {
    const report = await runDeadlockLab(options);
    return { report, lines: formatDeadlockLab(report), exitCode: report.exitCode };
  },
};

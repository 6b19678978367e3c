import type { Dict } from '../../core/dict.ts';
import type { SchedulerEvent } from './types.ts';

/**
 * The manual's `_process_pending`: every SCHEDULED event due at `timestamp` (`timestamp >= execute_at`)
 * fires. A one-shot becomes EXECUTED and keeps its `execute_at`; a recurring one moves forward by ONE
 * interval from its old `execute_at` (no catch-up, however many intervals have passed) and stays
 * SCHEDULED, so it never rests in EXECUTED.
 */
export function processPending(events: Dict<SchedulerEvent>, timestamp: number): void {
  for (const event of Object.values(events)) {
    if (event.status !== 'SCHEDULED' || timestamp < event.execute_at) continue;
    if (event.interval === null) event.status = 'EXECUTED';
    else event.execute_at += event.interval;
  }
}

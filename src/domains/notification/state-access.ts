import { has } from '../../core/dict.ts';
import type { StateAccess } from '../../core/state-access.ts';
import { NotificationSystem } from './notification-system.ts';
import type { Alert } from './types.ts';

/** What one alert id guards: its alert, its history and its deadline, each absent while there is none. */
interface AlertPartition {
  alert?: Alert;
  history?: string[];
  deadline?: number;
}

/**
 * Notification's state by lock key: an alert id guards everything stored under that id (the alert,
 * its history, its escalation deadline), which may outlive the alert (a merge leaves the source's
 * history and deadline behind).
 *
 * The lazy escalation that every method runs first scans every alert without their locks. A batch runs
 * it once before any op, at the batch's timestamp; after that, inside the batch, an alert becomes due
 * only when a create revives an id over a stale deadline that is already due (a merge left it behind).
 * The next op that escalates then escalates it, whatever id it is for: `nfBatchJobs` makes that op take
 * the revived id's lock as well, so every other op's pass finds nothing due among the alerts it holds
 * (on a thread it runs over the loaded alerts only). An L6 send reads one alert and runs no pass.
 */
export const notificationState: StateAccess<NotificationSystem> = {
  create: () => new NotificationSystem(),
  read(board, key) {
    const partition: AlertPartition = {};
    if (has(board.alerts, key)) partition.alert = board.alerts[key]!;
    if (has(board.history, key)) partition.history = board.history[key]!;
    if (has(board.escalations, key)) partition.deadline = board.escalations[key]!;
    return Object.keys(partition).length === 0 ? undefined : partition;
  },
  write(board, key, partition) {
    const { alert, history, deadline } = (partition ?? {}) as AlertPartition;
    if (alert === undefined) delete board.alerts[key];
    else board.alerts[key] = alert;
    if (history === undefined) delete board.history[key];
    else board.history[key] = history;
    if (deadline === undefined) delete board.escalations[key];
    else board.escalations[key] = deadline;
  },
};

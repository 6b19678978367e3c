import type { StateAccess } from '../../core/state-access.ts';
import { EventScheduler } from './event-scheduler.ts';
import type { SchedulerEvent } from './types.ts';

/**
 * EventScheduler's state by lock key: an event id guards that event (absent while there is none).
 *
 * The lazy processing that every op's method runs first changes every due event without its lock, and
 * inside a batch it does work at every op: a recurring event due at the batch's timestamp moves one
 * interval per processing until it is past it, and an event scheduled in the batch at or before that
 * timestamp fires at the next processing. So an op does not lock its own event only: `schedulerBatchJobs`
 * makes it lock every event its processing may find due (see there), and on a thread it processes the
 * events it holds, which are all the due ones. An L6 call processes once before its items and its
 * sections run no processing.
 */
export const eventSchedulerState: StateAccess<EventScheduler> = {
  create: () => new EventScheduler(),
  read: (scheduler, key) => scheduler.events[key],
  write(scheduler, key, event) {
    if (event === undefined) delete scheduler.events[key];
    else scheduler.events[key] = event as SchedulerEvent;
  },
};

/** EventScheduler: lazily fired one-shot and recurring events, an L5 per-event batch and a fail-fast L6 dispatch through the caller's callback. */
export { EventScheduler } from './event-scheduler.ts';
export { eventSchedulerDescriptor } from './descriptor.ts';
export { dispatchItem, schedulerBatch } from './ops.ts';
export { schedulerBatchSchema } from './schemas.ts';
export { processPending } from './pending.ts';
export type {
  CancelOp,
  DispatchJob,
  DispatchResult,
  EventStatus,
  ExternalCall,
  OtherSchedulerOp,
  RecurringOp,
  ScheduleOp,
  SchedulerBatchJob,
  SchedulerEvent,
  SchedulerOp,
} from './types.ts';

/**
 * The deadlock lab: deadlocks triggered on purpose on the event loop and on worker threads, the
 * detectors that catch them (a wait-for-graph check when a waiter queues; a watchdog thread reading
 * shared memory), a lock-order checker that warns before any deadlock, and the sorted-order fix.
 */
export { deadlockLab } from './deadlock-lab.ts';
export { DEADLOCK_EXIT_CODE } from './exit-code.ts';
export { createDeadlockDetector, type Detection, type EventLoopDeadlockDetector } from './event-loop-detector.ts';
export { formatDeadlockLab } from './format.ts';
export { startLabThreads, type LabThreads } from './lab-threads.ts';
export { LockOrderChecker, type LockOrderWarning, type OrderEdge } from './lock-order-checker.ts';
export type { ErrorReport, OpOutcome } from './outcome.ts';
export { runDeadlockLab, type DeadlockLabReport, type ScenarioReport } from './report.ts';
export type { DeadlockReport, ScenarioRun } from './scenario-run.ts';
export { planScenarios, SCENARIO_NAMES, type PlannedOp, type Scenario, type ScenarioName } from './scenarios.ts';
export { startWatchdog, type Watchdog, type WatchdogDetection, type WatchdogOptions } from './watchdog.ts';
export { findCycleThrough, type WaitEdge } from './wait-for-cycle.ts';

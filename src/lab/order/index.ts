/**
 * The order lab: what each pattern promises about result order, shown as JCStress-style outcome
 * tables (each distinct outcome of many seeded trials, its count, and ACCEPTABLE / INTERESTING /
 * FORBIDDEN).
 */
export { completionExpectations, judgeCompletion } from './completion-order.ts';
export type { OrderExperiment } from './experiment.ts';
export { formatOrderLab } from './format.ts';
export { judgeHotOrder, runHotKeyExperiment, type OrderPromise } from './hot-key.ts';
export { FORBIDDEN_EXIT_CODE, orderLab } from './lab.ts';
export { runPiscinaExperiment } from './piscina-order.ts';
export { runPromiseAllExperiment } from './promise-all.ts';
export { DEFAULT_TRIALS, runOrderLab, type OrderLabOptions, type OrderLabReport, type OrderTrials } from './report.ts';
export { judgePoolOrder, runTaskPoolExperiment, type BoardTask } from './task-pool.ts';

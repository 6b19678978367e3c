/**
 * The state lab: PS-07's L4 state-management bugs, each shown buggy vs correct on one trace, and its
 * exercises as a library (snapshot manager, TTL backup/restore, TTL calculator, rollback engine).
 */
export { runBugDemo, type BugDemo, type BugDemoReport, type Variant, type VariantReport } from './bug-demo.ts';
export * from './bugs/index.ts';
export { formatStateLab } from './format.ts';
export { traceTtlStore, type TraceRow, type TtlStoreCall } from './hand-trace.ts';
export { stateLab } from './lab.ts';
export { captureOutcome, describeOutcome, matchesExpected, toPlain, type Outcome, type PlainValue } from './outcome.ts';
export { runStateLab, type StateLabReport } from './report.ts';
export { RollbackEngine, type RollbackResult } from './rollback-engine.ts';
export { SnapshotManager } from './snapshot-manager.ts';
export { playCall, playTrace, renderCall, type Call } from './trace.ts';
export { expiryOf, isAlive, remainingTtl, type TtlRecord } from './ttl.ts';
export { TtlStore } from './ttl-store.ts';
export type { SavedItem, TtlItem } from './types.ts';

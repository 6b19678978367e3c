/** PS-07's five bug patterns, in the order of its table. */
export { backupReferenceDemo, ReferenceBackup } from './backup-reference.ts';
export { MiniFileStore, type MiniFile } from './mini-files.ts';
export { MiniSnapshots } from './mini-snapshots.ts';
export { MiniTtlStore, type MiniInspection, type MiniItem, type MiniSaved } from './mini-ttl-store.ts';
export { noneTtlDemo, UncheckedNullBackup } from './none-ttl.ts';
export { readAfterDeleteDemo, ReadAfterDeleteRollback } from './read-after-delete.ts';
export { OldRemovingRollback, rollbackConditionDemo } from './rollback-condition.ts';
export { StringTtlBackup, ttlAsStringDemo } from './ttl-as-string.ts';

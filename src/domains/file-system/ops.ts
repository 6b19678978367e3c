import type { BatchDefinition } from '../../core/batch.ts';
import type { ExternalItemDefinition } from '../../core/rate-limited.ts';
import type { FileSystem } from './file-system.ts';

export { fileSystemState } from './state-access.ts';
import type { AddFileOp, CopyFileOp, DeleteFileOp, FsBatchJob, FsOp, SyncTransfer } from './types.ts';

function isAdd(op: FsOp): op is AddFileOp {
  return op.type === 'add';
}

function isDelete(op: FsOp): op is DeleteFileOp {
  return op.type === 'delete';
}

function isCopy(op: FsOp): op is CopyFileOp {
  return op.type === 'copy';
}

/** The paths an op locks: its path, both paths of a copy, none for an unknown type (as the manual). */
function pathsOf(op: FsOp): string[] {
  if (isAdd(op) || isDelete(op)) return [op.path];
  return isCopy(op) ? [op.source, op.dest] : [];
}

/**
 * L5 `batch_operations`: add and delete lock their path; a copy locks source and destination (the
 * core sorts them, as the manual's min/max swap does, and takes a same-path copy's lock once, where
 * `copyFile` returns `true` if the file exists); an unknown type locks nothing and returns `false`.
 */
export const fsBatch: BatchDefinition<FileSystem, FsBatchJob, boolean> = {
  portable: { module: import.meta.url, name: 'fsBatch', state: 'fileSystemState' },
  // Decision: the manual hangs on a copy with source == dest (it takes the same lock twice); the core
  // takes that lock once, and `copyFile` answers as for any copy: `true` if the file exists.
  keys: ({ op }) => pathsOf(op),
  run(system, { timestamp, op }) {
    if (isAdd(op)) return system.addFile(timestamp, op.path, op.size_kb);
    if (isDelete(op)) return system.deleteFile(timestamp, op.path);
    if (isCopy(op)) return system.copyFile(timestamp, op.source, op.dest);
    return false;
  },
};

/** Whether the source file exists and holds at least the transfer's size (an equal size is enough). */
function canSend(system: FileSystem, transfer: SyncTransfer): boolean {
  const file = system.files[transfer.source];
  return file !== undefined && file.size_kb >= transfer.size_kb;
}

/**
 * L6 `sync_files`, fail-fast with a size check: a missing source or one smaller than the transfer
 * returns `false` without a permit; the rest take a permit for a 10 ms external call. Nothing is
 * changed.
 */
export const syncTransfer: ExternalItemDefinition<FileSystem, SyncTransfer, boolean> = {
  portable: { module: import.meta.url, name: 'syncTransfer', state: 'fileSystemState' },
  // Decision: the manual checks the source without a lock. On one thread that is the same as taking
  // the source's lock (nothing in the call writes); on threads that share state the check must hold
  // the lock of the path it reads, so it does.
  keys: (transfer) => [transfer.source],
  before: (system, transfer) => (canSend(system, transfer) ? { proceed: true } : { proceed: false, result: false }),
  external: (_system, _transfer, context) => context.clock.sleep(10),
  after: () => true,
};

/** The FileSystem (cloud storage): lazy TTL purge, copies, remaining-TTL backups, a sequential L5 batch and L6 fail-fast sync. */
export { fileSystemDescriptor } from './descriptor.ts';
export { FileSystem } from './file-system.ts';
export { fsBatch, syncTransfer } from './ops.ts';
export { fsBatchSchema, syncTransferSchema } from './schemas.ts';
export type {
  AddFileOp,
  Backup,
  CopyFileOp,
  DeleteFileOp,
  FileInfo,
  FsBatchJob,
  FsOp,
  OtherFileOp,
  SnapshotFile,
  SyncTransfer,
} from './types.ts';

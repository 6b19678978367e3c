/** State records and op shapes of the FileSystem, with the manual's snake_case keys. */
import type { Timed } from '../../core/batch.ts';

/** A stored file. */
export interface FileInfo {
  size_kb: number;
  /** Absolute expiry; at or after it the file is purged. `null` never expires. */
  expires_at: number | null;
}

/** A file as a backup keeps it: the TTL left at backup time, not the absolute expiry. */
export interface SnapshotFile {
  size_kb: number;
  remaining_ttl: number | null;
}

/** One backup: `[backup timestamp, path → snapshot file]`. */
export type Backup = [number, Record<string, SnapshotFile>];

/** L5: add a file; locks its path. */
export interface AddFileOp {
  readonly type: 'add';
  readonly path: string;
  readonly size_kb: number;
}

/** L5: delete a file; locks its path. */
export interface DeleteFileOp {
  readonly type: 'delete';
  readonly path: string;
}

/** L5: copy a file over another; locks both paths. */
export interface CopyFileOp {
  readonly type: 'copy';
  readonly source: string;
  readonly dest: string;
}

/** L5: any other type. The manual reads nothing else from it, locks nothing and returns `false`. */
export interface OtherFileOp {
  readonly type: string;
}

/** An op of `batchOperations`. */
export type FsOp = AddFileOp | DeleteFileOp | CopyFileOp | OtherFileOp;

/** An L5 op with the batch's timestamp, as the op definitions receive it. */
export type FsBatchJob = Timed<FsOp>;

/** L6: a transfer of `size_kb` out of the file at `source`. */
export interface SyncTransfer {
  readonly source: string;
  readonly size_kb: number;
}

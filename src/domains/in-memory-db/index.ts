/** InMemDB: a key → field → value store with inline TTL, remaining-TTL backups, L5 batch and all-sleep L6 scan. */
export { InMemoryDB } from './in-memory-db.ts';
export { inMemoryDbDescriptor } from './descriptor.ts';
export type {
  Backup,
  Cell,
  DbOp,
  DbResult,
  DeleteOp,
  GetOp,
  Row,
  ScanItem,
  ScanOp,
  ScanPair,
  SetOp,
  Snapshot,
  SnapshotCell,
  Table,
  TimedOp,
  UnknownDbOp,
} from './types.ts';
